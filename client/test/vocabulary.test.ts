// The explorer's kinds and relations are the schema's enums (common/generated/vocabulary.ts),
// in the order the lanes, the legend and the filters show them.
import { EntityKind, RelationType } from '@common/generated/vocabulary';
import { describe, expect, it } from 'vitest';
import { KINDS, RELATIONS } from '../src/state/view-state';

describe('kinds and relations', () => {
  it('lists every kind of the schema once, cause first', () => {
    expect(KINDS).toEqual(['INSTRUMENT', 'SESSION', 'MANDATE', 'BODY', 'MEETING', 'DOCUMENT']);
    expect([...KINDS].sort()).toEqual(Object.values(EntityKind).sort());
  });

  it('lists every relation type of the schema once, in the legend’s order', () => {
    expect(RELATIONS).toEqual([
      'CREATES',
      'GOVERNS',
      'ADOPTED_AT',
      'CONCERNS',
      'HOLDS',
      'PRODUCES',
      'SUBMITTED_TO',
      'SUPPLEMENTS',
      'SESSION_OF',
      'REFERENCES',
      'CITES',
    ]);
    expect([...RELATIONS].sort()).toEqual(Object.values(RelationType).sort());
  });
});
