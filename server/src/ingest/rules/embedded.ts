// Clauses inside a sentence that speak for another text than the sentence's own: a list's texts
// paired "respectively" with their bodies, and ", which the Conference established by its
// resolution 5/4," between commas.
import { findEntities, type EntityMatcher } from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import type { MandateMention } from '../types.js';
import { ACTIONS } from '../../domain/actions.js';
import { CUES } from './cues.js';
import { embeddedCreation, type RelativeClause } from './clauses.js';
import { NOT_TARGETS, type ParagraphState, type SentenceContext } from './context.js';

// Between two mandates of one list: "2/6 and 3/2", "5/1, 5/5 и 7/1".
const LISTED = /^\s*(?:,\s*)?(?:(?:and|и)\s+)?(?:its\s+|свое\p{L}*\s+)?$/iu;

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
  const at = mandates.findIndex((m) => m.id === rel.mandate);
  const list: string[] = [];
  for (let k = at; k >= 0; k--) {
    const m = mandates[k];
    const next = mandates[k + 1];
    if (!m?.id || (k < at && next && !LISTED.test(text.slice(m.end, next.start)))) break;
    list.unshift(m.id);
  }
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
 * "The Working Group on Firearms, which the Conference established by its resolution 5/4, is a
 * constant element … pursuant to resolution 7/1": the clause between commas says which text
 * created the body before it; the sentence without it says the rest.
 */
export function withoutEmbeddedCreation(c: SentenceContext, st: ParagraphState): SentenceContext {
  const emb = embeddedCreation(c.text, findMandates(c.text));
  if (!emb) return c;
  const body = findEntities(c.text, c.matcher)
    .matched.filter(
      (b) => b.id.startsWith('body/') && !NOT_TARGETS.has(b.id) && b.start < emb.start,
    )
    .at(-1);
  if (!body) return c;
  c.relations.add(
    {
      type: 'CREATES',
      from: emb.mandate,
      to: body.id,
      action: ACTIONS.established.en,
      basis: null,
    },
    [
      {
        paragraph: c.context === 'PREAMBLE' ? null : c.paragraph,
        context: c.context ?? 'PARAGRAPH',
        quote: c.quote ?? c.text,
      },
    ],
  );
  st.lastBody = body.id;
  return {
    ...c,
    text: c.text.slice(0, emb.start) + c.text.slice(emb.end),
    quote: c.quote ?? c.text,
  };
}
