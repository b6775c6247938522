// The rules for one sentence of a numbered paragraph. Each rule looks for a cue and the
// mentions it needs (a mandate, bodies, instruments, ordinals, dates, symbols) and states
// what the sentence says, citing the sentence. Nothing is guessed: a rule that lacks a
// mention states nothing (and, for reports, says why in a warning).
import { cutPhraseWarning, findEntities, headOnly } from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import { findMalformedSymbols } from '../lexicon/symbols.js';
import type { ExtractedEvidence } from '../extraction.js';
import { IngestInputError, type EntityMention } from '../types.js';
import { backReference, CUES, pluralBack, pronounBack } from './cues.js';
import { newBody, type NewBody } from '../lexicon/new-bodies.js';
import { LIST_ITEM, splitSentences } from '../segment.js';
import {
  spokenClause,
  citedAfterVerb,
  decisionClauses,
  leadMandates,
  relativeClause,
  subjectAt,
  type RelativeClause,
} from './clauses.js';
import {
  listed,
  NOT_TARGETS,
  ownText,
  type ParagraphState,
  type SentenceContext,
} from './context.js';
import { mandateRules } from './mandate-rules.js';
import { adoptedAtRules } from './adopted-at.js';
import { articleCreation, instrumentRules } from './instruments.js';
import { respectiveParts, withoutEmbeddedCreation } from './embedded.js';
import { meetingRules } from './meetings.js';
import { reportRules } from './reports.js';

export type { ParagraphState, SentenceContext } from './context.js';

// A head followed by lower-case words up to "on"/"of": a verb and its object, not a name.
const CLAUSE_NOT_NAME = /^(?:working|expert)\s+groups?\s+(?:\p{Ll}+\s+)+(?:on|of)\b/iu;

const oneLine = (text: string): string => text.replaceAll('\n', ' ');

/**
 * "recalling its decision 2/6, in which it set up X, and its decision 3/2, in which it agreed
 * that Y …": each recalled text with its own relative clause.
 */
function relativeChain(rel: RelativeClause): RelativeClause[] {
  const mandates = findMandates(rel.clause);
  const next = relativeClause(rel.clause, mandates);
  const at = mandates.find((m) => m.id === next?.mandate)?.start;
  if (!next || at === undefined) return [rel];
  return [{ ...rel, clause: rel.clause.slice(0, at) }, ...relativeChain(next)];
}

/** A paragraph's lead ending with a colon and its list of "(a) …" items, or null. */
function listOf(text: string): { lead: string; items: string[] } | null {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => LIST_ITEM.test(l.trim()));
  if (first < 1 || !/:\s*$/u.test(lines.slice(0, first).join('\n').trim())) return null;
  const items: string[] = [];
  for (const l of lines.slice(first)) {
    const t = l.trim();
    if (t === '') continue;
    if (LIST_ITEM.test(t)) items.push(t);
    else if (items.length) items[items.length - 1] = `${items[items.length - 1] ?? ''} ${t}`;
  }
  return items.length > 1 ? { lead: lines.slice(0, first).join('\n').trim(), items } : null;
}

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
    meetingRules(c, st, bodies, { paragraph: null, context: 'PREAMBLE', quote: printed });
    // The one group the preamble spoke of is the one "the Working Group" means next.
    const named = [...new Set(bodies.map((b) => b.id).filter((id) => id !== 'body/unodc'))];
    if (named.length === 1) st.lastBody = named[0] ?? null;
    return;
  }
  for (const part of respectiveParts(text, rel, mandates, shared.matcher))
    sentenceRules(
      {
        ...shared,
        paragraph: 0,
        context: 'PREAMBLE',
        text: part.clause,
        quote: printed,
        actor: { id: part.mandate, creates: CUES.creates },
      },
      st,
    );
}

export function applySentenceRules(whole: SentenceContext, st: ParagraphState): void {
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

function sentenceRules(c: SentenceContext, st: ParagraphState): void {
  const { text } = c;
  const evidence: ExtractedEvidence = {
    paragraph: c.context === 'PREAMBLE' ? null : c.paragraph,
    context: c.context ?? 'PARAGRAPH',
    quote: c.quote ?? text,
  };
  const bad = findMalformedSymbols(text)[0];
  if (bad)
    throw new IngestInputError(
      `paragraph ${c.paragraph}: "${bad.text}" is not a document symbol that can be read`,
    );

  const mandates = findMandates(text);
  const explicit = mandates.filter((m) => m.id !== null);
  const named = mandates
    .map((m) => m.id ?? st.lastMandate)
    .filter((id): id is string => id !== null);
  const conferenceSpeaks = subjectAt(text.trim()) === 0;
  // "In its resolutions 96/1, 96/5 and 97/1, the Conference requested …": each of them did.
  const own = c.actor ? [c.actor.id] : leadMandates(text, explicit);
  const lead = own.length ? own : (c.speakers ?? []);
  const mandate = lead[0] ?? named[0] ?? (conferenceSpeaks ? st.lastMandate : null);
  const found = findEntities(text, c.matcher);
  const bodies = found.matched.filter(
    (m) => m.id.startsWith('body/') && !NOT_TARGETS.has(m.id) && !newUnnamed(c, st, m),
  );
  const instruments = found.matched.filter((m) => m.id.startsWith('instrument/'));
  const ids = (ms: EntityMention[]) => [...new Set(ms.map((m) => m.id))];

  // A body the reference data lacks is the target only when no known body is: it is proposed
  // if a statement is about it, and listed as unmatched if none is.
  const known = ids(bodies).filter((b) => b !== 'body/unodc');
  for (const u of found.unmatched)
    if (u.cut) c.warnings.push(cutPhraseWarning(`paragraph ${String(c.paragraph)}`, u));
  const phrases = found.unmatched.map((u) => ({
    text: u.text,
    body: known.length === 0 ? sameAs(newBody(u.text), c.newBodies) : null,
  }));
  const fresh = phrases.flatMap((p) => (p.body ? [p.body] : []));
  const several = st.sentenceBodies ?? [];
  const spokenOf =
    several.length > 1 && pluralBack(text)
      ? several
      : st.lastBody && (backReference(text) || (c.continues === true && pronounBack(text)))
        ? [st.lastBody]
        : [];
  const about = known.length ? known : [...new Set(fresh.map((b) => b.id))];
  const targets = about.length ? about : spokenOf;
  // What this clause is about, for a later "the two working groups" of the same sentence.
  st.sentenceBodies = [...new Set([...several, ...targets])];
  let spoken = false;
  for (const m of lead.length ? lead : mandate ? [mandate] : []) {
    const said = mandateRules(
      c,
      st,
      m,
      { targets, proposed: known.length === 0 && about.length > 0 },
      bodies,
      evidence,
    );
    spoken = spoken || said;
    // "…the Conference recalled its resolution 5/4": the text cites it.
    for (const cited of citedAfterVerb(text, explicit))
      if (cited !== m)
        c.relations.add({ type: 'CITES', from: m, to: cited, action: null, basis: null }, [
          evidence,
        ]);
  }
  for (const { text: phrase, body } of phrases) {
    if (body && c.relations.hasTarget(body.id)) {
      if (!c.newBodies.has(body.id)) c.newBodies.set(body.id, { body, evidence });
    } else c.unmatched.push({ paragraph: c.paragraph, text: phrase, kind: 'body' });
  }
  instrumentRules(c, instruments, c.actor || explicit.length > 0 ? mandate : null, evidence);
  if (explicit.length === 0 && !c.actor) articleCreation(c, evidence);
  adoptedAtRules(c, explicit, evidence);
  // A group the reference data lacks may hold a meeting too; it is proposed when it does.
  const proposedHolders = found.unmatched.flatMap((u) => {
    // "the Working Group adopted recommendations on …" is a sentence, not a name.
    if (CLAUSE_NOT_NAME.test(u.text)) return [];
    const body = sameAs(newBody(u.text), c.newBodies);
    return body ? [{ mention: { ...u, id: body.id }, body }] : [];
  });
  const held = c.allMeetings.length;
  meetingRules(
    c,
    st,
    [...bodies, ...proposedHolders.map((p) => p.mention)].sort((a, b) => a.start - b.start),
    evidence,
  );
  for (const m of c.allMeetings.slice(held))
    for (const p of proposedHolders)
      if (m.bodyId === p.body.id && !c.newBodies.has(p.body.id))
        c.newBodies.set(p.body.id, { body: p.body, evidence });
  reportRules(c, st, explicit[0]?.id ?? null, evidence);
  const last = explicit.at(-1)?.id;
  if (last) st.lastMandate = last;
  else if (mandate) st.lastMandate = mandate;
  // "The Working Group on Trafficking in Persons held … . The Conference requested the Working
  // Group …": the one body a sentence names is the one spoken of next.
  const one = known.length === 1 ? known[0] : fresh.length === 1 ? fresh[0]?.id : undefined;
  // (Unless a statement already said whom the sentence is about.)
  if (one && !spoken && (known.length ? true : c.newBodies.has(one))) st.lastBody = one;
}

// "an expert group", "a new working group": one not named before.
const INDEFINITE = /(?<!\p{L})(?:an?|another)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * A body's head alone ("the expert group", "группы экспертов") that is not the body the text
 * spoke of last, or that a sentence introduces ("Decides to establish an expert group to …",
 * "постановляет учредить группу экспертов для …"): an unnamed group, not a reference body
 * that has the head as an alias.
 */
function newUnnamed(c: SentenceContext, st: ParagraphState, m: EntityMention): boolean {
  if (!headOnly(m.text)) return false;
  // Another group spoken of last: a new one. No group spoken of yet (or only a mechanism, the
  // Secretariat): "the expert group" is the one its head names, unless the sentence introduces one.
  if (m.id !== st.lastBody && st.lastBody !== null && /group/u.test(st.lastBody)) return true;
  return INDEFINITE.test(c.text.slice(0, m.start)) || c.actor?.creates(c.text) === true;
}

/**
 * A new body named again with less or more before its "on …" / "по …" ("the open-ended Working
 * Group on X", then "the Working Group on X") is the one this document already proposes.
 */
function sameAs(
  body: NewBody | null,
  proposed: ReadonlyMap<string, { body: NewBody }>,
): NewBody | null {
  if (!body) return null;
  const tail = (name: string) => / (?:on|по) .*$/u.exec(name)?.[0].toLowerCase();
  const mine = tail(body.name);
  if (!mine) return body;
  for (const { body: other } of proposed.values())
    if (other.lang === body.lang && tail(other.name) === mine) return other;
  return body;
}
