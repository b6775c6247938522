// The rules for one sentence of a numbered paragraph. Each rule looks for a cue and the
// mentions it needs (a mandate, bodies, instruments, ordinals, dates, symbols) and states
// what the sentence says, citing the sentence. Nothing is guessed: a rule that lacks a
// mention states nothing (and, for reports, says why in a warning).
import { findDateRanges } from '../lexicon/dates.js';
import {
  cutPhraseWarning,
  findEntities,
  headOnly,
  type EntityMatcher,
} from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import { ordinalsOf } from './sessions.js';
import { findMalformedSymbols, findSymbols } from '../lexicon/symbols.js';
import type {
  ExtractedDocument,
  ExtractedEvidence,
  ExtractedMeeting,
  RelationSet,
  Unmatched,
} from '../extraction.js';
import {
  IngestInputError,
  type DateRangeMention,
  type EntityMention,
  type MandateMention,
  type OrdinalMention,
} from '../types.js';
import { ACTIONS, presentResultsAction } from '../../domain/actions.js';
import {
  backReference,
  backReferenceAt,
  CUES,
  pronounBack,
  meetingPlace,
  meetingStatus,
  namesMeeting,
} from './cues.js';
import { newBody, unnamedProposal, type NewBody } from '../lexicon/new-bodies.js';
import { splitSentences } from '../segment.js';
import { LANGUAGES } from '../lang/index.js';
import { createdBy } from '../lexicon/creations.js';
import { HOME_CONFERENCE } from '../../domain/conferences.js';
import {
  citedAfterVerb,
  citedInPassing,
  cueAt,
  decisionClauses,
  leadMandates,
  relativeClause,
  subjectAt,
} from './clauses.js';

export interface ParagraphState {
  /** The last mandate named, for "этой же резолюции" / "the same resolution". */
  lastMandate: string | null;
  /** The body the last statement was about, for "the Working Group" / "Рабочую группу". */
  lastBody: string | null;
  /** Meetings introduced in the current paragraph, in order (reports pair with them). */
  meetings: ExtractedMeeting[];
  /** The heading above the paragraph and the bodies it names. */
  heading: { text: string; bodies: EntityMention[] } | null;
}

export interface SentenceContext {
  paragraph: number;
  text: string;
  matcher: EntityMatcher;
  relations: RelationSet;
  documents: ExtractedDocument[];
  warnings: string[];
  unmatched: Unmatched[];
  allMeetings: ExtractedMeeting[];
  /** Bodies the reference data lacks that a statement is about, with the sentence (proposed). */
  newBodies: Map<string, { body: NewBody; evidence: ExtractedEvidence }>;
  /**
   * The mandate whose own text this is (an operative paragraph of resolution 9/1 speaks for
   * 9/1, whatever else it names), with how its paragraphs say that they create a body
   * ("Decides to establish …" at the opening, not "established pursuant to …" inside).
   */
  actor?: { id: string; creates: (text: string) => boolean };
  /** The code of the conference the text is of: only UNTOC's mandates are known to the curated sources. */
  conference: string;
  /** The whole sentence, when `text` is one of its clauses: what evidence quotes and lists. */
  quote?: string;
  /** A later decision clause of the sentence: its "it" is the body the clause before was about. */
  continues?: boolean;
  /** The mandates the whole sentence speaks through (a later clause names none itself). */
  speakers?: string[];
  /** Set for a preambular clause, which has no paragraph number (`paragraph` is then unused). */
  context?: 'PREAMBLE';
}

const NOT_TARGETS = new Set(['body/cop']);
// A head followed by lower-case words up to "on"/"of": a verb and its object, not a name.
const CLAUSE_NOT_NAME = /^(?:working|expert)\s+groups?\s+(?:\p{Ll}+\s+)+(?:on|of)\b/iu;
const UNNAMED_GROUP = /рабоч\p{L}*\s+групп|групп\p{L}*\s+эксперт|working group|expert group/iu;

/** Every sentence of a numbered paragraph through the rules (each genre's paragraphs). */
export function readParagraph(
  block: { number: number; text: string },
  shared: Omit<SentenceContext, 'paragraph' | 'text'>,
  st: ParagraphState,
): void {
  st.meetings = [];
  for (const sentence of splitSentences(block.text))
    applySentenceRules({ ...shared, paragraph: block.number, text: sentence.text }, st);
}

/**
 * A preambular clause's relative clause, "Recalling its resolution 5/4, by which it established
 * the Working Group on Firearms,": what that mandate did, cited by the clause (the clause itself
 * CITES 5/4, which its genre states).
 */
export function readPreambleClause(
  text: string,
  shared: Omit<SentenceContext, 'paragraph' | 'text'>,
  st: ParagraphState,
): void {
  const rel = relativeClause(text, findMandates(text));
  if (!rel) return;
  sentenceRules(
    {
      ...shared,
      paragraph: 0,
      context: 'PREAMBLE',
      text: rel.clause,
      quote: text,
      actor: { id: rel.mandate, creates: CUES.creates },
    },
    st,
  );
}

export function applySentenceRules(c: SentenceContext, st: ParagraphState): void {
  // A minor statement (what the mandate concerns) does not make a decision read.
  const before = c.relations.major;
  let unread = false;
  const rel = relativeClause(c.text, findMandates(c.text));
  if (rel) {
    // "…recalled its resolution 5/4, by which it had established the Working Group …": the
    // clause speaks for 5/4, the rest of the sentence for the text that recalls it.
    // The relative clause ends where another decision clause begins ("…, by which it had
    // established X, and requested the Secretariat …"): that one is the sentence's own again.
    const [own = rel.clause, ...rest] = decisionClauses(rel.clause);
    sentenceRules({ ...c, text: rel.main, quote: c.text }, st);
    sentenceRules(
      { ...c, text: own, quote: c.text, actor: { id: rel.mandate, creates: CUES.creates } },
      st,
    );
    const speakers = c.actor ? undefined : leadMandates(c.text, findMandates(c.text));
    for (const text of rest)
      sentenceRules({ ...c, text, quote: c.text, continues: true, speakers }, st);
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
          : { ...c, text, quote: c.text, ...(i > 0 ? { continues: true, speakers } : {}) },
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
  if (unread && !listed(c))
    c.unmatched.push({ paragraph: c.paragraph, text: c.text, kind: 'sentence' });
  // Nothing silent: a sentence that names a mandate or a body next to a decision verb but
  // states nothing is listed, so a reader sees what the rules did not understand. (The
  // Conference itself is who decides, not what a decision is about.)
  if (c.relations.major === before && CUES.decision(c.text)) {
    if (namesSomething(c, c.text) && !listed(c))
      c.unmatched.push({ paragraph: c.paragraph, text: c.text, kind: 'sentence' });
  }
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
  const spokenOf =
    st.lastBody && (backReference(text) || (c.continues === true && pronounBack(text)))
      ? [st.lastBody]
      : [];
  const about = known.length ? known : [...new Set(fresh.map((b) => b.id))];
  const targets = about.length ? about : spokenOf;
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

/**
 * "At its second session, the Conference set up … (decision 2/6)", "resolution 1/1, adopted at
 * its first session": the text was adopted at that session, when its number agrees (N/M).
 */
function adoptedAtRules(
  c: SentenceContext,
  explicit: readonly MandateMention[],
  evidence: ExtractedEvidence,
): void {
  if (explicit.length === 0) return;
  for (const o of ordinalsOf(c.text, c.matcher)) {
    if (o.noun !== 'session') continue;
    const before = c.text.slice(0, o.start);
    if (!LANGUAGES.some((l) => l.mandateWords.atSession.test(before))) continue;
    for (const m of explicit)
      if (m.id && m.number?.split('/')[0] === String(o.value))
        c.relations.add(
          {
            type: 'ADOPTED_AT',
            from: m.id,
            to: `session/${String(o.value)}`,
            action: null,
            basis: null,
          },
          [evidence],
        );
  }
}

/** What a sentence states for one of the mandates it speaks through. */
function mandateRules(
  c: SentenceContext,
  st: ParagraphState,
  m: string,
  { targets, proposed }: { targets: readonly string[]; proposed: boolean },
  bodies: readonly EntityMention[],
  evidence: ExtractedEvidence,
): boolean {
  const { text } = c;
  const before = c.relations.stated;
  // "requested the Secretariat to report on the progress … at each session": asked of the
  // Secretariat, the request is the Secretariat's to carry out, whatever it is about.
  const asks = CUES.request(text) ? cueAt('request', text) : -1;
  const askedFirst = asks < 0 ? undefined : bodies.find((b) => b.start > asks);
  const creates = c.actor ? c.actor.creates(text) : CUES.creates(text);
  if (askedFirst?.id === 'body/unodc' && !CUES.convene(text) && !creates) {
    c.relations.add(
      { type: 'GOVERNS', from: m, to: 'body/unodc', action: ACTIONS.requested.en, basis: null },
      [evidence],
    );
    return false;
  }
  if (CUES.convene(text)) {
    // The Secretariat convenes an expert group ("просила УНП ООН создать … совещание
    // межправительственной группы экспертов"); asked to convene a working group's meeting,
    // it is not what the request is about.
    if (bodies.some((b) => b.id === 'body/unodc') && CUES.expertGroup(text)) {
      c.relations.add(
        {
          type: 'GOVERNS',
          from: m,
          to: 'body/unodc',
          action: ACTIONS.conveneExperts.en,
          basis: null,
        },
        [evidence],
      );
    }
    for (const b of targets)
      c.relations.add(
        { type: 'GOVERNS', from: m, to: b, action: ACTIONS.convene.en, basis: null },
        [evidence],
      );
  } else if (CUES.presentResults(text)) {
    const session = ordinalsOf(text, c.matcher).find((o) => o.noun === 'session');
    const action = presentResultsAction(session?.value ?? null);
    for (const b of targets)
      c.relations.add({ type: 'GOVERNS', from: m, to: b, action, basis: null }, [evidence]);
  } else if (creates) {
    const action = CUES.constantElement(text)
      ? ACTIONS.establishedConstant.en
      : ACTIONS.established.en;
    // "…an open-ended working group on the smuggling of migrants": a group the sources know
    // this mandate created is that group, not a new one under the words the text uses.
    const known = proposed && c.conference === HOME_CONFERENCE.code ? createdBy(m) : [];
    const created =
      known.length === 1 ? [...known] : targets.length ? targets : unnamedGroup(c, st, m, evidence);
    for (const b of created) {
      c.relations.add({ type: 'CREATES', from: m, to: b, action, basis: null }, [evidence]);
    }
    // The group it created is the one "the Working Group" means next.
    if (created.length === 1) st.lastBody = created[0] ?? null;
  } else if (CUES.constantElement(text)) {
    for (const b of targets)
      c.relations.add(
        { type: 'GOVERNS', from: m, to: b, action: ACTIONS.madeConstant.en, basis: null },
        [evidence],
      );
  } else if (CUES.launch(text)) {
    for (const b of targets)
      c.relations.add(
        { type: 'GOVERNS', from: m, to: b, action: ACTIONS.launched.en, basis: null },
        [evidence],
      );
  }
  if (CUES.urged(text) && CUES.annually(text)) {
    for (const b of targets)
      c.relations.add(
        {
          type: 'GOVERNS',
          from: m,
          to: b,
          action: ACTIONS.urgedAnnually.en,
          basis: null,
        },
        [evidence],
      );
  }
  // A request or a decision about a body that no action above names is still read; a clause
  // that both decides and requests ("которой Конференция продлила мандат …, Конференция также
  // предложила …") says both.
  const unread = c.relations.stated === before;
  if (unread && CUES.decide(text) && CUES.request(text)) {
    const decided = cueAt('decide', text) < asks ? targets : [];
    for (const b of decided)
      c.relations.add(
        { type: 'GOVERNS', from: m, to: b, action: ACTIONS.decided.en, basis: null },
        [evidence],
      );
  }
  const fallback = CUES.request(text)
    ? ACTIONS.requested.en
    : CUES.decide(text)
      ? ACTIONS.decided.en
      : null;
  if (fallback && unread) {
    // "requested the Secretariat to keep the Working Group … informed", "requested the Working
    // Group on X to meet back to back with the Working Group on Y": the one asked is the body
    // right after the verb; the others are what it is asked to do.
    const verb = fallback === ACTIONS.requested.en ? asks : -1;
    const object = verb < 0 ? undefined : askedFirst;
    // "призвала Рабочую группу учитывать … Механизма обзора": the group spoken of, named by its
    // head right after the verb, is the one asked, not a body its task names.
    const back = verb < 0 ? -1 : backReferenceAt(text.slice(verb));
    const asked =
      st.lastBody && back >= 0 && (!object || verb + back < object.start)
        ? [st.lastBody]
        : object && (object.id === 'body/unodc' || targets.includes(object.id))
          ? [object.id]
          : targets;
    for (const b of asked)
      c.relations.add({ type: 'GOVERNS', from: m, to: b, action: fallback, basis: null }, [
        evidence,
      ]);
    // The one asked is the one spoken of next, not a body its task names.
    if (asked.length === 1) {
      st.lastBody = asked[0] ?? null;
      return true;
    }
  }
  if (c.relations.stated !== before && targets.length === 1) {
    st.lastBody = targets[0] ?? null;
    return true;
  }
  return false;
}

/**
 * "decided to establish an open-ended working group … with regard to the Protocol" names no
 * group: the one the curated sources say this mandate created, else the section's heading's.
 */
function unnamedGroup(
  c: SentenceContext,
  st: ParagraphState,
  mandate: string,
  evidence: ExtractedEvidence,
): string[] {
  if (!UNNAMED_GROUP.test(c.text)) return [];
  const created = c.conference === HOME_CONFERENCE.code ? createdBy(mandate) : [];
  if (created.length === 1) return [...created];
  const section = sectionBody(c, st);
  if (section.length || (st.heading?.bodies.length ?? 0) > 1) return section;
  // Nothing says which: proposed under the words the text introduces it with ("an open-ended
  // intergovernmental expert working group"); a bare "an expert group" is listed instead.
  const body = unnamedProposal(c.text);
  if (!body) return [];
  if (!c.newBodies.has(body.id)) c.newBodies.set(body.id, { body, evidence });
  return [body.id];
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
  if (m.id !== st.lastBody) return true;
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

/**
 * "…была учреждена временная рабочая группа открытого состава…" names no group, only "a working
 * group": the section's heading says which one ("Reports of the meetings of the Working Group
 * on Trafficking in Persons"). A heading that names several bodies does not say which: the
 * sentence is listed, not read as the first one's.
 */
function sectionBody(c: SentenceContext, st: ParagraphState): string[] {
  if (!UNNAMED_GROUP.test(c.text)) return [];
  // "Note by the Secretariat" names the Secretariat, which is no working group.
  const bodies = [
    ...new Set(
      (st.heading?.bodies ?? [])
        .map((b) => b.id)
        .filter((id) => !NOT_TARGETS.has(id) && id !== 'body/unodc'),
    ),
  ];
  if (bodies.length > 1) {
    notUnderstood(
      c,
      `cannot tell which of the ${String(bodies.length)} bodies the heading names is meant ("${st.heading?.text ?? ''}")`,
    );
    return [];
  }
  return bodies;
}

/** "…Протокола …, дополняющего Конвенцию …": the Protocol supplements the Convention; other instruments named with a mandate are what it concerns. */
function instrumentRules(
  c: SentenceContext,
  instruments: EntityMention[],
  mandate: string | null,
  evidence: ExtractedEvidence,
): void {
  let previous: EntityMention | null = null;
  for (const i of instruments) {
    const between = previous ? c.text.slice(previous.end, i.start) : '';
    if (previous && previous.id !== i.id && CUES.supplements(between)) {
      c.relations.add(
        { type: 'SUPPLEMENTS', from: previous.id, to: i.id, action: null, basis: null },
        [evidence],
      );
    } else if (mandate && !citedInPassing(c.text, i.start)) {
      c.relations.add({ type: 'CONCERNS', from: mandate, to: i.id, action: null, basis: null }, [
        evidence,
      ]);
    }
    previous = i;
  }
}

// "its" / "его": the meeting is one body's; "their" / "их" may be several bodies'.
const ONE_OWNER = ['its', 'его', 'ее', 'её', 'свое', 'своё', 'своего', 'своем', 'своём'];
const possessiveBefore = (words: string[]) =>
  new RegExp(`(?:(?<!\\p{L})(?:${words.join('|')}))\\s+$`, 'iu');
const POSSESSIVE = possessiveBefore([...ONE_OWNER, 'their', 'их']);
const SINGULAR_POSSESSIVE = possessiveBefore(ONE_OWNER);
// "the fifth and sixth meetings", "пятое и шестое совещания": ordinals that share one noun.
const COORDINATED = /^(?:\s*,\s*(?:(?:и|and)\s+)?|\s+(?:и|and)\s+)$/iu;

/** A sentence the rules cannot read with certainty: listed, with why, never guessed. */
function notUnderstood(c: SentenceContext, why: string): void {
  c.warnings.push(`paragraph ${c.paragraph}: ${why}`);
  if (!listed(c)) c.unmatched.push({ paragraph: c.paragraph, text: c.text, kind: 'sentence' });
}

/**
 * Whether the sentence is listed already. A paragraph's entries are the list's last ones (each
 * genre reads its paragraphs in turn, each number once, and a heading's entries come between
 * paragraphs), so the search stops at any other entry: a long note's list is not scanned again
 * for every sentence (issue 32).
 */
function listed(c: SentenceContext): boolean {
  for (let i = c.unmatched.length - 1; i >= 0; i--) {
    const u = c.unmatched[i];
    if (u?.paragraph !== c.paragraph) return false;
    if (u.kind === 'sentence' && u.text === c.text) return true;
  }
  return false;
}

/** The meeting ordinals in runs that share one noun ("the ninth and tenth meetings"). */
function coordinatedRuns(text: string, ordinals: OrdinalMention[]): OrdinalMention[][] {
  const runs: OrdinalMention[][] = [];
  for (const o of ordinals) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && COORDINATED.test(text.slice(prev.end, o.start))) run.push(o);
    else runs.push([o]);
  }
  return runs;
}

/** Distinct bodies in order of their first mention. */
const distinct = (ms: EntityMention[]): EntityMention[] =>
  ms.filter((m, i) => ms.findIndex((n) => n.id === m.id) === i);

function meetingRules(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  evidence: ExtractedEvidence,
): void {
  // A working group's "session" is its meeting (sessions.ts).
  const ordinals = ordinalsOf(c.text, c.matcher).filter((o) => o.noun === 'meeting');
  const runs = coordinatedRuns(c.text, ordinals);
  if (ordinals.length === 0 && datedMeeting(c, st, bodies, evidence)) return;
  // "The Working Groups on … and on … held their meetings …, respectively": which body held
  // which meeting the text does not say.
  if (
    runs.length === 0 &&
    CUES.respectively(c.text) &&
    distinct(bodies).length > 1 &&
    namesMeeting(c.text) &&
    meetingStatus(c.text)
  ) {
    notUnderstood(c, 'cannot tell which body held which meeting (no meeting is numbered)');
    return;
  }
  runs.forEach((run, k) => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return;
    const from = runs[k - 1]?.at(-1)?.end ?? 0;
    const to = runs[k + 1]?.[0]?.start ?? c.text.length;
    const clause = c.text.slice(from, to);
    const own = findDateRanges(c.text).filter((d) => d.start >= last.end && d.end <= to);
    // "The thirteenth session of X and the thirteenth session of Y are scheduled … from 23 to
    // 27 May": meetings named in turn share the one date range after the last.
    const shared = findDateRanges(c.text).filter((d) => d.start >= (runs.at(-1)?.at(-1)?.end ?? 0));
    const dates = own.length === 0 && k < runs.length - 1 && shared.length === 1 ? shared : own;
    if (dates.length === 0) return; // a meeting named in passing ("before its twelfth meeting") is not a statement
    const names = run.map((o) => `"${o.text}"`).join(', ');
    // "…held their fifth and sixth meetings from … and from …": one date range each, or one for all.
    if (dates.length !== 1 && dates.length !== run.length) {
      notUnderstood(c, `cannot tell which dates are those of which meeting (${names})`);
      return;
    }
    const holders = runHolders(c, st, bodies, run, from, to);
    if (typeof holders === 'string') {
      notUnderstood(c, holders);
      return;
    }
    run.forEach((o, i) => {
      const body = holders[i];
      const date = dates.length === 1 ? dates[0] : dates[i];
      if (!body) {
        c.warnings.push(`paragraph ${c.paragraph}: a meeting ("${o.text}") of no known body`);
        return;
      }
      if (date) recordMeeting(c, st, body, o, date, clause, evidence);
    });
  });
}

/**
 * Who held each meeting of a run: one body for all ("The Working Group … held its ninth and
 * tenth meetings"), or, with "respectively", the bodies named before them in order ("The Working
 * Group on X and the Working Group on Y held their fifth and sixth meetings, respectively").
 * A string says why it cannot be told.
 */
function runHolders(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  run: OrdinalMention[],
  from: number,
  to: number,
): (EntityMention | undefined)[] | string {
  const first = run[0];
  if (!first) return [];
  const before = c.text.slice(Math.max(0, first.start - 16), first.start);
  const own = POSSESSIVE.test(before);
  const subjects = distinct(bodies.filter((b) => b.start >= from && b.end <= first.start));
  if (run.length > 1 && subjects.length > 1 && !SINGULAR_POSSESSIVE.test(before)) {
    const names = run.map((o) => `"${o.text}"`).join(', ');
    if (!CUES.respectively(c.text))
      return `cannot tell which of ${String(subjects.length)} bodies held which meeting (${names})`;
    if (subjects.length !== run.length)
      return `cannot pair ${String(subjects.length)} bodies with ${String(run.length)} meetings "respectively" (${names})`;
    return subjects;
  }
  const body =
    // "The Working Group … held its eleventh meeting …, and its twelfth meeting was held … in
    // coordination with the Working Group on …": "its" is the subject's, named before it.
    (own ? bodies.filter((b) => b.end <= first.start).at(-1) : undefined) ??
    bodies.find((b) => b.start >= (run.at(-1)?.end ?? first.end) && b.end <= to) ??
    bodies[0] ??
    // "The ninth meeting of the Working Group was held …" after a sentence about it.
    (st.lastBody && backReference(c.text)
      ? { id: st.lastBody, text: '', start: first.end, end: first.end }
      : undefined) ??
    // The Secretariat signs a note; its heading does not make it the one that meets.
    st.heading?.bodies.find((b) => b.id !== 'body/cop' && b.id !== 'body/unodc');
  return run.map(() => body);
}

/**
 * "The Working Group met in Vienna on 2 and 3 June 2098", "Рабочая группа собралась в Вене …":
 * a group's meeting no ordinal numbers, known by its body and dates (`meeting/<body>/<date>`).
 * The group is the sentence's first (or the one spoken of, "The Working Group"); one date range.
 */
function datedMeeting(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  evidence: ExtractedEvidence,
): boolean {
  const lower = c.text.toLowerCase();
  const verb = LANGUAGES.map((l) => l.meeting.met.exec(lower)?.index ?? -1).find((i) => i >= 0);
  if (verb === undefined) return false;
  const dates = findDateRanges(c.text).filter((d) => d.start > verb);
  if (dates.length !== 1 || !dates[0]) return false;
  const subject =
    bodies.find((b) => b.end <= verb && b.id !== 'body/unodc' && !NOT_TARGETS.has(b.id)) ??
    (st.lastBody && backReference(c.text.slice(0, verb))
      ? { id: st.lastBody, text: '', start: 0, end: 0 }
      : undefined);
  if (!subject) return false;
  recordMeeting(
    c,
    st,
    subject,
    { text: c.text.slice(verb, verb + 12), value: null },
    dates[0],
    c.text,
    evidence,
  );
  return true;
}

function recordMeeting(
  c: SentenceContext,
  st: ParagraphState,
  body: EntityMention,
  o: { text: string; value: number | null },
  date: DateRangeMention,
  clause: string,
  evidence: ExtractedEvidence,
): void {
  const status = meetingStatus(clause) ?? meetingStatus(c.text);
  if (!status) {
    c.warnings.push(
      `paragraph ${c.paragraph}: cannot tell whether "${o.text}" was held or is planned`,
    );
    return;
  }
  const placeHere = meetingPlace(clause);
  const placeHeading = st.heading ? meetingPlace(st.heading.text) : null;
  const previousPlace = st.meetings.at(-1)?.place ?? null;
  const place = placeHere === 'same' ? previousPlace : (placeHere ?? placeHeading);
  const headingNames = st.heading?.bodies.some((b) => b.id === body.id) ? st.heading : null;
  const meeting: ExtractedMeeting = {
    id:
      o.value === null ? meetingIdByDates(body.id, date.startDate) : meetingIdOf(body.id, o.value),
    bodyId: body.id,
    ordinal: o.value,
    startDate: date.startDate,
    endDate: date.endDate,
    place,
    status,
    evidence,
    placeEvidence: headingNames
      ? { paragraph: null, context: 'HEADING', quote: headingNames.text }
      : null,
    // As a Russian heading prints it (an English heading's name is no Russian label).
    bodyGenitive:
      headingNames?.bodies.find((b) => b.id === body.id && /\p{Script=Cyrillic}/u.test(b.text))
        ?.text ?? null,
  };
  st.meetings.push(meeting);
  c.allMeetings.push(meeting);
  c.relations.add({ type: 'HOLDS', from: body.id, to: meeting.id, action: null, basis: null }, [
    evidence,
    ...(meeting.placeEvidence ? [meeting.placeEvidence] : []),
  ]);
}

function reportRules(
  c: SentenceContext,
  st: ParagraphState,
  basis: string | null,
  evidence: ExtractedEvidence,
): void {
  const symbols = findSymbols(c.text);
  if (symbols.length === 0 || !CUES.report(c.text)) return;
  const ordinals = ordinalsOf(c.text, c.matcher);
  const byOrdinal = ordinals
    .filter((o) => o.noun === 'meeting')
    // "the report on the sixth meeting" may follow the paragraph that introduced the meeting.
    .map((o) => st.meetings.find((m) => m.ordinal === o.value) ?? lastMeeting(c, o.value));
  // "The Group's recommendations are contained in its report (CTOC/COP/WG.7/2097/4)": the report
  // of the one meeting the text gave the group spoken of.
  const ofGroup = c.allMeetings.filter((m) => m.bodyId === st.lastBody);
  const meetings =
    symbols.length === st.meetings.length && (symbols.length === 1 || CUES.respectively(c.text))
      ? st.meetings
      : byOrdinal.length === symbols.length && byOrdinal.every(Boolean)
        ? byOrdinal
        : symbols.length === 1 && byOrdinal.length === 0 && ofGroup.length === 1
          ? ofGroup
          : null;
  if (!meetings) {
    c.warnings.push(
      `paragraph ${c.paragraph}: cannot tell which meeting produced ${symbols.map((s) => s.symbol).join(', ')}`,
    );
  }
  const session = ordinals.find((o) => o.noun === 'session');
  symbols.forEach((s, k) => {
    const meeting = meetings?.[k] ?? null;
    c.documents.push({
      id: s.symbol,
      type: 'REPORT',
      symbol: s.symbol,
      printedSymbol: s.printed,
      evidence: { paragraph: c.paragraph, context: 'PARAGRAPH', quote: s.printed },
      meetingId: meeting?.id ?? null,
    });
    if (meeting)
      c.relations.add(
        { type: 'PRODUCES', from: meeting.id, to: s.symbol, action: null, basis: null },
        [evidence],
      );
    if (session)
      c.relations.add(
        {
          type: 'SUBMITTED_TO',
          from: s.symbol,
          to: `session/${session.value}`,
          action: null,
          basis,
        },
        [evidence],
      );
  });
}

/** The meeting with this ordinal introduced last, searched from the end (no copy of the list). */
function lastMeeting(c: SentenceContext, ordinal: number): ExtractedMeeting | undefined {
  for (let i = c.allMeetings.length - 1; i >= 0; i--) {
    const m = c.allMeetings[i];
    if (m?.ordinal === ordinal) return m;
  }
  return undefined;
}

/** A body's meeting known only by its dates: `meeting/wg-firearms/2018-05-02`. */
export const meetingIdByDates = (bodyId: string, startDate: string): string =>
  `meeting/${bodyId.replace(/^body\//, '')}/${startDate}`;

/** The id of a body's meeting by its ordinal: "meeting/wg-firearms/7" for body/wg-firearms. */
export function meetingIdOf(bodyId: string, ordinal: number): string {
  return `meeting/${bodyId.replace(/^body\//, '')}/${String(ordinal)}`;
}
