import type { Resolvers } from '../generated/resolvers.js';
import { entityResolvers } from './entities.js';
import { exportResolvers } from './export.js';
import { Query } from './query.js';
import { relationResolvers } from './relations.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...exportResolvers.Query },
  ...entityResolvers,
  ...relationResolvers,
};
