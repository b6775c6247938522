// The rules for one clause: the mandates it speaks through, the bodies and instruments it
// names, and what it states of them (mandate-rules.ts, instruments.ts, adopted-at.ts,
// meetings.ts, reports.ts), each statement citing the sentence. Nothing is guessed: a rule that
// lacks a mention states nothing (and, for reports, says why in a warning).
import {
  cutPhraseWarning,
  findEntities,
  headOnly,
  tokenize,
  type EntityMatcher,
} from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import { findMalformedSymbols } from '../lexicon/symbols.js';
import type { ExtractedEvidence } from '../extraction.js';
import { IngestInputError, type EntityMention } from '../types.js';
import { backReference, backReferences, CUES, pluralBack, pronounBack } from './cues.js';
import { LANGUAGES } from '../lang/index.js';
import { newBody, type NewBody } from '../lexicon/new-bodies.js';
import { citedAfterVerb, cueAt, leadMandates, subjectAt } from './clauses.js';
import { NOT_TARGETS, type ParagraphState, type SentenceContext } from './context.js';
import { mandateRules } from './mandate-rules.js';
import { adoptedAtRules } from './adopted-at.js';
import { articleCreation, instrumentRules } from './instruments.js';
import { meetingRules } from './meetings.js';
import { reportRules } from './reports.js';

// A head followed by lower-case words up to "on"/"of": a verb and its object, not a name.
const CLAUSE_NOT_NAME = /^(?:working|expert)\s+groups?\s+(?:\p{Ll}+\s+)+(?:on|of)\b/iu;

export function sentenceRules(c: SentenceContext, st: ParagraphState): void {
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
  // "the two working groups" of this sentence, or else of the last sentences ("1. Requests the
  // Working Group on X … 2. Invites the Working Group on Y … 3. … both working groups").
  const said = st.sentenceBodies ?? [];
  const several = said.length > 1 ? said : (st.recentBodies ?? []).slice(-2);
  // "requests the Secretariat to convene those joint sessions": the meetings of the groups
  // spoken of.
  const theirMeetings =
    CUES.convene(text) && LANGUAGES.some((l) => l.meeting.meetingsBack.test(text.toLowerCase()));
  const spokenOf =
    several.length > 1 && (pluralBack(text) || theirMeetings)
      ? several
      : st.lastBody &&
          ((backReference(text) && fitsHead(text, st.lastBody, c.matcher)) ||
            theirMeetings ||
            (c.continues === true && pronounBack(afterVerb(text))))
        ? [st.lastBody]
        : [];
  // "urged the Working Group on International Cooperation and the Working Group to …": a group
  // named and, beside it, the one spoken of by its head alone.
  const alsoBack =
    known.length > 0 &&
    st.lastBody &&
    !known.includes(st.lastBody) &&
    aloneBack(text, found.matched)
      ? [st.lastBody]
      : [];
  // "decided that the two groups would meet jointly; accordingly, … after the session of the
  // Working Group on International Cooperation": the two spoken of, whichever one is named.
  const both = several.length > 1 && pluralBack(text) ? several : [];
  const about = known.length
    ? [...new Set([...known, ...alsoBack, ...both])]
    : [...new Set(fresh.map((b) => b.id))];
  const targets = about.length ? about : spokenOf;
  // What this clause is about, for a later "the two working groups" of the same sentence.
  st.sentenceBodies = [...new Set([...said, ...targets])];
  st.recentBodies = [...(st.recentBodies ?? []).filter((b) => !targets.includes(b)), ...targets];
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
  // (A sentence about that body and the one spoken of before it, "the Working Group and the
  // Working Group on Y", leaves the one spoken of as it was.)
  const one =
    known.length === 1 && targets.length === 1
      ? known[0]
      : known.length === 0 && fresh.length === 1
        ? fresh[0]?.id
        : undefined;
  // (Unless a statement already said whom the sentence is about.)
  if (one && !spoken && (known.length ? true : c.newBodies.has(one))) st.lastBody = one;
}

// "X and the Working Group", "the Working Group and X": two joined by "and" alone.
const JOINED = /^\s*,?\s*(?:and|и)\s+(?:the\s+)?$/iu;

/**
 * Whether a group's head alone ("the Working Group") stands joined to a name the text gives
 * ("the Working Group on X and the Working Group"), outside every name: another body than the
 * one named ("… X; that working group was …" is X itself).
 */
function aloneBack(text: string, named: readonly EntityMention[]): boolean {
  return backReferences(text).some((m) => {
    const at = m.index ?? 0;
    return (
      !named.some((n) => at >= n.start && at < n.end) &&
      named.some(
        (n) =>
          JOINED.test(text.slice(n.end, at)) || JOINED.test(text.slice(at + m[0].length, n.start)),
      )
    );
  });
}

/**
 * Whether a head alone can mean the body: the words that say its kind ("working", "expert")
 * are in one of the body's names ("the Working Group" is no Implementation Review Group; "the
 * Group" may be).
 */
function fitsHead(text: string, body: string, matcher: EntityMatcher): boolean {
  const head = LANGUAGES.map((l) => l.backReference.exec(text)?.[0]).find(Boolean);
  if (!head) return true;
  const words = tokenize(head)
    .map((t) => t.stem)
    .filter((w) => KIND_STEMS.has(w));
  const names = matcher.names.filter((n) => n.id === body);
  return names.length === 0 || names.some((n) => words.every((w) => n.stems.includes(w)));
}
// The words of a head that say which kind of group it is.
const KIND_STEMS = new Set(tokenize('working expert рабочая экспертов').map((t) => t.stem));

/**
 * The three words after a clause's decision verb: "and invites it to …" speaks of the body
 * before, "and invites States parties to take them into account" of something else.
 */
function afterVerb(text: string): string {
  const verb = cueAt('decision', text);
  const rest = verb < 0 ? text : text.slice(verb).replace(/^\S+\s*/u, '');
  return rest.split(/\s+/u).slice(0, 3).join(' ');
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
