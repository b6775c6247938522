import { describe, expect, it } from 'vitest';
import { groupByEvidence } from '../src/components/why-groups';

const quote = (q: string, paragraph: number | null = 10) => ({
  quote: q,
  paragraph,
  document: { id: 'note' },
});

describe('why panel groups', () => {
  it('puts steps stated by the same sentence together, in the order first seen', () => {
    const steps = [
      { id: 'a', evidence: [quote('В соответствии с резолюцией 5/4')] },
      { id: 'b', evidence: [quote('Конференция постановила', 5)] },
      { id: 'c', evidence: [quote('В соответствии с резолюцией 5/4')] },
      { id: 'd', evidence: [] },
      { id: 'e', evidence: [] },
    ];
    const groups = groupByEvidence(steps);
    expect(groups.map((g) => g.steps.map((s) => s.id))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
  });

  it('keeps apart the same words in another paragraph', () => {
    const groups = groupByEvidence([
      { id: 'a', evidence: [quote('same', 1)] },
      { id: 'b', evidence: [quote('same', 2)] },
    ]);
    expect(groups).toHaveLength(2);
  });
});
