// The why panel's steps, grouped by the sentence that states them: one paragraph often states
// several steps (a resolution established a group and concerns a Protocol), and the quote is
// then shown once under all of them instead of once per step. Pure.

interface StepLike {
  id: string;
  evidence: readonly { quote: string; paragraph: number | null; document: { id: string } }[];
}

export interface StepGroup<S extends StepLike> {
  /** A stable key: the evidence signature, or the step's id for uncited steps. */
  key: string;
  steps: S[];
}

/** Steps with the same evidence (same quotes, paragraphs, documents) in one group, first seen first. */
export function groupByEvidence<S extends StepLike>(steps: readonly S[]): StepGroup<S>[] {
  const groups = new Map<string, StepGroup<S>>();
  for (const step of steps) {
    const key = step.evidence.length
      ? step.evidence
          .map((e) => `${e.document.id}#${String(e.paragraph)}:${e.quote}`)
          .sort()
          .join('\n')
      : `step:${step.id}`;
    const group = groups.get(key);
    if (group) group.steps.push(step);
    else groups.set(key, { key, steps: [step] });
  }
  return [...groups.values()];
}
