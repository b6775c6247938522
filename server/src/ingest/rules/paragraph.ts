// A paragraph through the rules: its sentences, each divided into the clauses that decide
// (sentence-parts.ts, clauses.ts), each clause read by the sentence rules (sentence.ts); what no
// rule read is listed, never passed over.
import { findEntities } from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import { backReference, CUES } from './cues.js';
import { splitSentences } from '../segment.js';
import { LANGUAGES } from '../lang/index.js';
import {
  spokenClause,
  citedAfterVerb,
  decisionClauses,
  leadMandates,
  relativeClause,
} from './clauses.js';
import {
  listed,
  NOT_TARGETS,
  ownText,
  type ParagraphState,
  type SentenceContext,
} from './context.js';
import { respectiveParts, withoutEmbeddedCreation } from './embedded.js';
import { meetingRules } from './meetings.js';
import { reportRules } from './reports.js';
import { sentenceRules } from './sentence.js';
import { listOf, oneLine, relativeChain } from './sentence-parts.js';

export type { ParagraphState, SentenceContext } from './context.js';

/** Every sentence of a numbered paragraph through the rules (each genre's paragraphs). */
export function readParagraph(
  block: { number: number; text: string },
  shared: Omit<SentenceContext, 'paragraph' | 'text'>,
  st: ParagraphState,
): void {
  if (st.meetings.length) st.lastMeetings = st.meetings;
  st.meetings = [];
  // "… had before it the following documents: (a) …; (b) …": each item read with its lead.
  const list = listOf(block.text);
  // A sentence set over several lines ("… a meeting of the Working\nGroup in 2094") is read on
  // one line, its line ends spaces (same length); its quote stays the text as printed.
  for (const sentence of splitSentences(list?.lead ?? block.text))
    applySentenceRules(
      {
        ...shared,
        paragraph: block.number,
        text: oneLine(sentence.text),
        ...(sentence.text.includes('\n') ? { quote: sentence.text } : {}),
      },
      st,
    );
  for (const item of list?.items ?? []) {
    st.meetings = [];
    applySentenceRules(
      {
        ...shared,
        paragraph: block.number,
        text: `${list?.lead ?? ''} ${item}`,
        quote: item,
        item,
      },
      st,
    );
  }
}

/**
 * A preambular clause's relative clause, "Recalling its resolution 5/4, by which it established
 * the Working Group on Firearms,": what that mandate did, cited by the clause (the clause itself
 * CITES 5/4, which its genre states).
 */
export function readPreambleClause(
  printed: string,
  shared: Omit<SentenceContext, 'paragraph' | 'text'>,
  st: ParagraphState,
): void {
  const text = oneLine(printed);
  const mandates = findMandates(text);
  const rel = relativeClause(text, mandates) ?? spokenClause(text, mandates);
  if (!rel) {
    // "Taking note of the report on the meeting of the Working Group … held in Vienna from 3 to
    // 5 July 2093": the meeting it names was held.
    const c: SentenceContext = {
      ...shared,
      paragraph: 0,
      context: 'PREAMBLE',
      text,
      quote: printed,
    };
    const bodies = findEntities(text, c.matcher).matched.filter(
      (m) => m.id.startsWith('body/') && !NOT_TARGETS.has(m.id),
    );
    const evidence = { paragraph: null, context: 'PREAMBLE' as const, quote: printed };
    meetingRules(c, st, bodies, evidence);
    // "Taking note of the report on the eightieth meeting … (CTOC/COP/WG.7/2091/4)": that
    // meeting produced it.
    reportRules(c, st, null, evidence);
    // The one group the preamble spoke of is the one "the Working Group" means next.
    const named = [...new Set(bodies.map((b) => b.id).filter((id) => id !== 'body/unodc'))];
    if (named.length === 1) st.lastBody = named[0] ?? null;
    return;
  }
  // "its resolution 5/4, by which it established X, and its resolution 7/1, in which it made
  // that Working Group a constant element": each text with its own clause.
  for (const part of relativeChain(rel).flatMap((r) =>
    respectiveParts(text, r, mandates, shared.matcher),
  ))
    sentenceRules(
      // "…, в котором она просила группу экспертов, учрежденную в соответствии с резолюцией
      // 9/1, продолжить …": the clause's own embedded creation is 9/1's, not the recalled text's.
      withoutEmbeddedCreation(
        {
          ...shared,
          paragraph: 0,
          context: 'PREAMBLE',
          text: part.clause,
          quote: printed,
          actor: { id: part.mandate, creates: CUES.creates },
        },
        st,
      ),
      st,
    );
}

// "…; by resolution 7/1, that working group was made …", "…, and by its decision 86/5 it
// decided …": a part that names its own text.
const PARTS = new RegExp(
  [/;\s+/u, ...LANGUAGES.map((l) => l.mandateWords.partJoin)].map((p) => p.source).join('|'),
  'iu',
);

/** A sentence's parts, when each names a text of its own; else the sentence. */
function mandateParts(text: string): string[] {
  const parts = text.split(PARTS);
  return parts.length > 1 && parts.every((p) => findMandates(p).length > 0) ? parts : [text];
}

export function applySentenceRules(whole: SentenceContext, st: ParagraphState): void {
  const parts = mandateParts(whole.text);
  if (parts.length > 1) {
    for (const text of parts)
      applySentenceRules({ ...whole, text, quote: whole.quote ?? whole.text }, st);
    return;
  }
  // A minor statement (what the mandate concerns) does not make a decision read.
  const before = whole.relations.major;
  st.sentenceBodies = [];
  const c = withoutEmbeddedCreation(whole, st);
  let unread = false;
  const rel = relativeClause(c.text, findMandates(c.text));
  if (rel) {
    // "…recalled its resolution 5/4, by which it had established the Working Group …": the
    // clause speaks for 5/4, the rest of the sentence for the text that recalls it.
    // The relative clause ends where another decision clause begins ("…, by which it had
    // established X, and requested the Secretariat …"): that one is the sentence's own again.
    const [own = rel.clause, ...rest] = decisionClauses(rel.clause, true);
    sentenceRules({ ...c, text: rel.main, quote: c.quote ?? c.text }, st);
    const chain = relativeChain({ ...rel, clause: own });
    // "recalling its decision 2/6, in which …, and its decision 3/2, in which …": it cites each.
    const speaker = c.actor?.id ?? leadMandates(c.text, findMandates(c.text))[0];
    const cited = citedAfterVerb(c.text, findMandates(c.text));
    for (const r of chain.slice(1))
      if (speaker && speaker !== r.mandate && cited.includes(r.mandate))
        c.relations.add(
          { type: 'CITES', from: speaker, to: r.mandate, action: null, basis: null },
          [
            {
              paragraph: c.context === 'PREAMBLE' ? null : c.paragraph,
              context: c.context ?? 'PARAGRAPH',
              quote: c.quote ?? c.text,
            },
          ],
        );
    for (const part of chain.flatMap((r) =>
      respectiveParts(c.text, r, findMandates(c.text), c.matcher),
    ))
      sentenceRules(
        {
          ...c,
          text: part.clause,
          quote: c.quote ?? c.text,
          actor: { id: part.mandate, creates: CUES.creates },
        },
        st,
      );
    const speakers = c.actor ? undefined : leadMandates(c.text, findMandates(c.text));
    for (const text of rest)
      sentenceRules({ ...c, text, quote: c.quote ?? c.text, continues: true, speakers }, st);
  } else {
    // Each decision clause is read on its own, for the mandates the sentence speaks through,
    // a later clause's "it" being the body the one before was about.
    const clauses = decisionClauses(c.text);
    const speakers = c.actor ? undefined : leadMandates(c.text, findMandates(c.text));
    for (const [i, text] of clauses.entries()) {
      const at = c.relations.major;
      sentenceRules(
        i === 0 && clauses.length === 1
          ? c
          : {
              ...c,
              text,
              quote: c.quote ?? c.text,
              ...(i > 0 ? { continues: true, speakers } : {}),
            },
        st,
      );
      // A clause that decides something about a named body or mandate and states nothing is
      // not hidden by its neighbours' statements.
      if (
        clauses.length > 1 &&
        c.relations.major === at &&
        CUES.decision(text) &&
        namesSomething(c, text)
      )
        unread = true;
    }
  }
  if (unread && !listed(whole))
    c.unmatched.push({ paragraph: c.paragraph, text: ownText(whole), kind: 'sentence' });
  // Nothing silent: a sentence with a decision verb that states nothing is listed, so a reader
  // sees what the rules did not read ("the Conference approved the report on its session" too:
  // whether it matters is the reader's to say).
  if (c.relations.major === before && CUES.decision(c.text) && !listed(whole))
    c.unmatched.push({ paragraph: c.paragraph, text: ownText(whole), kind: 'sentence' });
}

/** Whether a clause names what a decision could be about (a text's own clause always does). */
const namesSomething = (c: SentenceContext, text: string): boolean =>
  c.actor !== undefined ||
  backReference(text) ||
  findMandates(text).length > 0 ||
  bodyNamed(findEntities(text, c.matcher));

/** A body known or not: a reference body, or a phrase that looks like one's name. */
const bodyNamed = (found: ReturnType<typeof findEntities>): boolean =>
  found.unmatched.length > 0 ||
  found.matched.some((m) => m.id.startsWith('body/') && !NOT_TARGETS.has(m.id));
