// Where a text was adopted: "at its second session, … (decision 2/6)", "resolution 1/1, adopted at
// its first session", a report's "(For the text, see … resolution 95/3.)".
import type { ExtractedEvidence, RelationSet } from '../extraction.js';
import type { MandateMention } from '../types.js';
import { LANGUAGES } from '../lang/index.js';
import { ordinalsOf } from './sessions.js';
import type { SentenceContext } from './context.js';
import type { EntityMatcher } from '../lexicon/entities.js';

/**
 * "Adopted by the Conference of the Parties at its ninety-third session", "At its ninety-second
 * session, the Conference … adopted the following resolution:" under a text's title: the
 * session, or null when the line is no such line.
 */
export function adoptedLine(line: string, matcher: EntityMatcher): number | null {
  const text = line.trim();
  // A line of its own, not a paragraph that tells more.
  if (text.length > 200) return null;
  const lower = text.toLowerCase();
  if (!LANGUAGES.some((l) => l.mandateText.adoptedLine.test(lower))) return null;
  return ordinalsOf(text, matcher).find((x) => x.noun === 'session')?.value ?? null;
}

/**
 * "At its second session, the Conference set up … (decision 2/6)", "resolution 1/1, adopted at
 * its first session": the text was adopted at that session, when its number agrees (N/M).
 */
export function adoptedAtRules(
  c: SentenceContext,
  explicit: readonly MandateMention[],
  evidence: ExtractedEvidence,
): void {
  if (explicit.length === 0) return;
  // Each text of that session's number (N/M) was adopted at it.
  const adoptedAt = (session: number) => {
    for (const m of explicit)
      if (m.id && m.number?.split('/')[0] === String(session))
        stateAdoptedAt(c.relations, m.id, session, evidence);
  };
  // "(For the text, see chapter I, section A, resolution 95/3.)" in a report on session 95.
  if (c.session !== undefined && LANGUAGES.some((l) => l.sessionRecord.seeText.test(c.text)))
    adoptedAt(c.session);
  // "At its 6th plenary meeting, the Conference adopted decision 86/5, by which …" in that
  // session's report.
  const session = c.session;
  if (
    session !== undefined &&
    explicit.some((m) =>
      LANGUAGES.some((l) => l.mandateWords.adoptedVerb.test(c.text.slice(0, m.start))),
    )
  )
    adoptedAt(session);
  for (const o of ordinalsOf(c.text, c.matcher)) {
    if (o.noun !== 'session') continue;
    const before = c.text.slice(0, o.start);
    if (LANGUAGES.some((l) => l.mandateWords.atSession.test(before))) adoptedAt(o.value);
  }
}

/** That a text was adopted at the Conference's session (`session/N`), cited by `evidence`. */
export function stateAdoptedAt(
  relations: RelationSet,
  mandate: string,
  session: number,
  evidence: ExtractedEvidence,
): void {
  relations.add(
    {
      type: 'ADOPTED_AT',
      from: mandate,
      to: `session/${String(session)}`,
      action: null,
      basis: null,
    },
    [evidence],
  );
}
