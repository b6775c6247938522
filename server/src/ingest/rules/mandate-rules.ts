// What a sentence states for a mandate it speaks through: what the mandate creates, governs,
// requests or decides about a body (instruments.ts: what it concerns; adopted-at.ts: where).
import { ordinalsOf } from './sessions.js';
import type { ExtractedEvidence } from '../extraction.js';
import type { EntityMention } from '../types.js';
import { ACTIONS, presentResultsAction } from '../../domain/actions.js';
import { backReferenceAt, CUES, pluralBack } from './cues.js';
import { unnamedProposal } from '../lexicon/new-bodies.js';
import { createdBy } from '../lexicon/creations.js';
import { HOME_CONFERENCE } from '../../domain/conferences.js';
import { cueAt } from './clauses.js';
import { LANGUAGES } from '../lang/index.js';
import {
  NOT_TARGETS,
  notUnderstood,
  type ParagraphState,
  type SentenceContext,
} from './context.js';

const UNNAMED_GROUP = /рабоч\p{L}*\s+групп|групп\p{L}*\s+эксперт|working group|expert group/iu;

const PRESENT = /(?<!\p{L})(?:present|submit|report|представить|представлять|доложить)(?!\p{L})/iu;
// "… to continue its work and to present …", "… продолжить … работу и представить …".
const AND_BEFORE = /\s(?:and|и)\s+(?:to\s+|also\s+)?$/iu;

/** Whether a request asks for something else before its results ("to continue … and to present …"). */
function asksBefore(text: string, asks: number): boolean {
  if (asks < 0) return false;
  const rest = text.slice(asks);
  const present = PRESENT.exec(rest);
  if (!present) return false;
  const between = rest.slice(0, present.index);
  return AND_BEFORE.test(between) && between.trim().split(/\s+/u).length >= 6;
}

/** What a sentence states for one of the mandates it speaks through. */
export function mandateRules(
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
  // Who is asked stands right after the verb: "Encourages States parties to share, through the
  // Secretariat, …" asks States, not the Secretariat.
  const askedFirst =
    asks < 0
      ? undefined
      : bodies.find(
          (b) => b.start > asks && text.slice(asks, b.start).trim().split(/\s+/u).length <= 3,
        );
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
    // "…before its ninety-fourth session, and requested the Group to present its results at
    // that session": the session the sentence named before.
    // Not the session a text named was adopted at ("в резолюции 93/1, принятой на девяносто
    // третьей сессии, … просила … представить … на ее девяносто четвертой сессии").
    const adoptedAt = (o: { start: number }) =>
      LANGUAGES.some((l) => l.mandateWords.adoptedBefore.test(text.slice(0, o.start)));
    const session =
      ordinalsOf(text, c.matcher).find((o) => o.noun === 'session' && !adoptedAt(o)) ??
      (LANGUAGES.some((l) => l.mandateWords.thatSession.test(text))
        ? ordinalsOf(c.quote ?? text, c.matcher)
            .filter((o) => o.noun === 'session')
            .at(-1)
        : undefined);
    const action = presentResultsAction(session?.value ?? null);
    // "просила Группу продолжить аналитическую работу … и представить … результаты": what it
    // asks before the results is a request of its own.
    const alsoAsked = asksBefore(text, asks);
    for (const b of targets) {
      c.relations.add({ type: 'GOVERNS', from: m, to: b, action, basis: null }, [evidence]);
      if (alsoAsked)
        c.relations.add(
          { type: 'GOVERNS', from: m, to: b, action: ACTIONS.requested.en, basis: null },
          [evidence],
        );
    }
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
    // "In decision 3/2, the Conference decided that an open-ended working group on international
    // cooperation would be a constant element": the text the sources say created the group
    // created it as a constant element; any other makes an existing group one.
    const founder = c.conference === HOME_CONFERENCE.code ? createdBy(m) : [];
    for (const b of targets)
      c.relations.add(
        founder.includes(b)
          ? { type: 'CREATES', from: m, to: b, action: ACTIONS.establishedConstant.en, basis: null }
          : { type: 'GOVERNS', from: m, to: b, action: ACTIONS.madeConstant.en, basis: null },
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
    // "agreed that the Working Group on X shall meet …, back to back with the Working Group on
    // Y": what is decided is about the body after the verb too.
    const asking = fallback === ACTIONS.requested.en;
    const verb = asking ? asks : cueAt('decide', text);
    const object = verb < 0 ? undefined : asking ? askedFirst : bodies.find((b) => b.start > verb);
    // "призвала Рабочую группу учитывать … Механизма обзора": the group spoken of, named by its
    // head right after the verb, is the one asked, not a body its task names.
    const back = verb < 0 ? -1 : backReferenceAt(text.slice(verb));
    // (The head alone may itself be the name of a known body: "the expert group".)
    const itself = object && /^\s*(?:the\s+)?$/iu.test(text.slice(verb + back, object.start));
    // "decided that the two groups would meet …": both, before any group the clause names.
    const plural = verb >= 0 && pluralBack(text.slice(verb, object?.start));
    const asked = plural
      ? targets
      : st.lastBody && back >= 0 && !itself && (!object || verb + back < object.start)
        ? [st.lastBody, ...withBack(text, bodies, verb + back)]
        : object && (object.id === 'body/unodc' || targets.includes(object.id))
          ? joinedWith(text, bodies, object)
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

// "X and Y", "X, Y and Z", "X и Y": bodies named as one list.
const JOINED = /^\s*(?:,\s*)?(?:(?:and|и)\s+)?(?:the\s+)?$/iu;

/** The body asked and those named with it as one list ("Invites the Working Group on X and the Working Group on Y to …"). */
function joinedWith(
  text: string,
  bodies: readonly EntityMention[],
  first: EntityMention,
): string[] {
  const asked = [first.id];
  let end = first.end;
  for (const b of bodies) {
    if (b.start < end) continue;
    if (!JOINED.test(text.slice(end, b.start))) break;
    if (!asked.includes(b.id)) asked.push(b.id);
    end = b.end;
  }
  return asked;
}

// "the Working Group and the Working Group of Government Experts on …": the head and one list.
const BACK_AND = /^[^,;]{0,30}?\s(?:and|и)\s+(?:the\s+)?$/iu;

/** The bodies named in one list right after a head-alone reference at `at`. */
function withBack(text: string, bodies: readonly EntityMention[], at: number): string[] {
  const next = bodies.find((b) => b.start > at);
  return next && BACK_AND.test(text.slice(at, next.start)) ? joinedWith(text, bodies, next) : [];
}
