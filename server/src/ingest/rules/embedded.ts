// Clauses inside a sentence that speak for another text than the sentence's own: a list's texts
// paired "respectively" with their bodies, and ", which the Conference established by its
// resolution 5/4," between commas.
import { findEntities, type EntityMatcher } from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import type { MandateMention } from '../types.js';
import type { ExtractedEvidence } from '../extraction.js';
import { ACTIONS } from '../../domain/actions.js';
import { CUES } from './cues.js';
import { instrumentRules } from './instruments.js';
import { embeddedCreation, listEndingAt, type RelativeClause } from './clauses.js';
import { NOT_TARGETS, type ParagraphState, type SentenceContext } from './context.js';

/**
 * "its decisions 2/6 and 3/2, by which it established, respectively, a group on X and a group on
 * Y as a constant element": each mandate of the list with its own body, the clause's words
 * before the first body shared. One part, the clause itself, when the text does not pair them.
 */
export function respectiveParts(
  text: string,
  rel: RelativeClause,
  mandates: readonly MandateMention[],
  matcher: EntityMatcher,
): { mandate: string; clause: string }[] {
  const whole = [{ mandate: rel.mandate, clause: rel.clause }];
  if (!CUES.respectively(rel.clause)) return whole;
  const list = listEndingAt(
    text,
    mandates,
    mandates.findIndex((m) => m.id === rel.mandate),
  );
  const bodies = findEntities(rel.clause, matcher).matched.filter(
    (b) => b.id.startsWith('body/') && b.id !== 'body/cop',
  );
  if (list.length < 2 || bodies.length !== list.length) return whole;
  const head = rel.clause.slice(0, bodies[0]?.start ?? 0);
  return list.map((mandate, k) => ({
    mandate,
    clause: head + rel.clause.slice(bodies[k]?.start ?? 0, bodies[k + 1]?.start ?? undefined),
  }));
}

/**
 * "The Working Group on Firearms, which the Conference established by its resolution 5/4, …",
 * "the expert group established pursuant to resolution 9/1": the body, the text that created
 * it and the clause's span; null when the text names no such clause after a body.
 */
export function embeddedBody(
  text: string,
  matcher: EntityMatcher,
  last: string | null = null,
): { body: string; mandate: string; start: number; end: number } | null {
  const emb = embeddedCreation(text, findMandates(text), last);
  if (!emb) return null;
  const body = findEntities(text, matcher)
    .matched.filter(
      (b) => b.id.startsWith('body/') && !NOT_TARGETS.has(b.id) && b.start < emb.start,
    )
    .at(-1);
  if (!body || (emb.bare && text.slice(body.end, emb.start).trim() !== '')) return null;
  return { body: body.id, mandate: emb.mandate, start: emb.start, end: emb.end };
}

/** That a body was created by the text its clause names: `CREATES`, with `evidence`. */
export function stateEmbeddedCreation(
  found: { body: string; mandate: string },
  relations: SentenceContext['relations'],
  evidence: ExtractedEvidence,
): void {
  relations.add(
    {
      type: 'CREATES',
      from: found.mandate,
      to: found.body,
      action: ACTIONS.established.en,
      basis: null,
    },
    [evidence],
  );
}

/**
 * "The Working Group on Firearms, which the Conference established by its resolution 5/4, is a
 * constant element … pursuant to resolution 7/1": the clause between commas says which text
 * created the body before it; the sentence without it says the rest.
 */
export function withoutEmbeddedCreation(c: SentenceContext, st: ParagraphState): SentenceContext {
  const found = embeddedBody(c.text, c.matcher, st.lastMandate);
  if (!found) return c;
  const evidence = {
    paragraph: c.context === 'PREAMBLE' ? null : c.paragraph,
    context: c.context ?? ('PARAGRAPH' as const),
    quote: c.quote ?? c.text,
  };
  stateEmbeddedCreation(found, c.relations, evidence);
  // "…, which the Conference set up in its resolution 5/4 to advise … with regard to the
  // Firearms Protocol, …": what that text concerns.
  const clause = c.text.slice(found.start, found.end);
  const instruments = findEntities(clause, c.matcher).matched.filter((e) =>
    e.id.startsWith('instrument/'),
  );
  instrumentRules({ text: clause, relations: c.relations }, instruments, found.mandate, evidence);
  st.lastBody = found.body;
  return {
    ...c,
    text: c.text.slice(0, found.start) + c.text.slice(found.end),
    quote: c.quote ?? c.text,
  };
}
