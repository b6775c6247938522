import type { Resolvers } from '../generated/resolvers.js';
import { entityResolvers } from './entities.js';
import { Query } from './query.js';
import { relationResolvers } from './relations.js';

export const resolvers: Resolvers = { Query, ...entityResolvers, ...relationResolvers };
