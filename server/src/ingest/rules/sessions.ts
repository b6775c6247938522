// Working groups call their meetings "sessions" too ("the Working Group on Trafficking in
// Persons held its seventh session"): for a working group or an expert group, "session" means
// its meeting; the Conference's sessions stay sessions. Whose a session is, the sentence says
// by the body it names right after it or before it (groupSession). The words are the language
// modules'; the rule names none.
import { readFileSync } from 'node:fs';
import { repoPath } from '../../paths.js';
import { referenceFile } from '../../seed/data-schema.js';
import { findEntities, type EntityMatcher } from '../lexicon/entities.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import type { EntityMention, OrdinalMention } from '../types.js';
import { backReference, backReferences } from './cues.js';

// At most this many characters between a session's ordinal and the body it is "of": the noun
// and a preposition ("session of the ", "сессии "), never a clause.
const OF_WITHIN = 24;
const CLAUSE_BREAK = /[,;:.()«»"]/u;
// "on its", "о работе своей": the session belongs to whom the words before it name.
const POSSESSIVE = /\b(?:its|their)\b|(?<!\p{L})(?:сво\p{L}*|е[её]|его|их)(?!\p{L})/iu;
// Room for a group's head after that ("Working Group", "Рабочей группы").
const HEAD_LENGTH = 20;

let conferences: ReadonlySet<string> | null = null;
/** The reference data's conferences: the bodies whose sessions are sessions. */
function conferenceIds(): ReadonlySet<string> {
  conferences ??= new Set(
    referenceFile
      .parse(JSON.parse(readFileSync(repoPath('data/reference.json'), 'utf8')))
      .entities.flatMap((e) => (e.label === 'Body' && e.type === 'CONFERENCE' ? [e.id] : [])),
  );
  return conferences;
}

/** Whether the body is a conference (its sessions are sessions, not a group's meetings). */
export const isConference = (bodyId: string): boolean => conferenceIds().has(bodyId);

/**
 * Whether the session at `o` is a group's: a group named right after it ("the seventh session
 * of the Working Group …"), or, with no conference named before it, a group named last before
 * it ("The Working Group … held its seventh session"). Once a conference is named before, the
 * session is the conference's, whichever group comes between ("The Conference requested that
 * the outcome of the expert group's work be submitted to it at its tenth session").
 */
function groupSession(text: string, o: OrdinalMention, bodies: EntityMention[]): boolean | null {
  const after = bodies.find((b) => b.start >= o.end);
  if (after) {
    // "the seventh session of the Working Group" is the group's; "during the ninety-sixth
    // session of the Conference" is the Conference's, whoever the sentence is about.
    const gap = text.slice(o.end, after.start);
    if (gap.length <= OF_WITHIN && !CLAUSE_BREAK.test(gap)) return !isConference(after.id);
  }
  const before = bodies.filter((b) => b.end <= o.start);
  // "the report of the Implementation Review Group on its eighty-eighth session": the group's
  // own, though the Conference had the report before it.
  const last = before.at(-1);
  const gap = last ? text.slice(last.end, o.start) : '';
  if (last && !isConference(last.id) && gap.length <= OF_WITHIN && !CLAUSE_BREAK.test(gap))
    if (POSSESSIVE.test(gap)) return true;
  if (before.some((b) => isConference(b.id))) return false;
  return before.length > 0 ? true : null;
}

// "Группа провела свою ", "the Group held its ": the group, one verb, its own (anchored at the end).
// (A preposition is no verb: "the future of the working group at its sixth session" is the
// Conference's session.)
const VERB_OWN =
  /^\s+(?!(?:at|in|on|of|for|to|by|with|на|в|о|об|по|для|к|с)\s)\p{L}+\s+(?:its|their|сво\p{L}*|е[её])\s+$/iu;

/** Whether the words before a session's ordinal are a group's head, one verb and "its". */
function subjectWithOwn(before: string): boolean {
  const window = before.slice(-(OF_WITHIN + HEAD_LENGTH));
  return backReferences(window).some((m) =>
    VERB_OWN.test(window.slice((m.index ?? 0) + m[0].length)),
  );
}

/**
 * The sentence's ordinals (lexicon/ordinals.ts), with a working group's or an expert group's
 * "session" read as its meeting (noun 'meeting'): "session" stays the Conference's when the
 * Conference is whose it is, or when the sentence names no body at all.
 */
export function ordinalsOf(text: string, matcher: EntityMatcher): OrdinalMention[] {
  const ordinals = findOrdinals(text);
  // Most sentences number no session: the entities are looked up only for those that do.
  if (!ordinals.some((o) => o.noun === 'session')) return ordinals;
  // A group the reference data lacks ("The Implementation Review Group held its fifth
  // session") is a group too: its phrase stands in (no conference is among those).
  const found = findEntities(text, matcher);
  const bodies = [
    ...found.matched.filter((m) => m.id.startsWith('body/')),
    ...found.unmatched.map((u) => ({ ...u, id: 'body/?' })),
  ].sort((a, b) => a.start - b.start);
  return ordinals.map((o) => {
    if (o.noun !== 'session') return o;
    const before = text.slice(0, o.start);
    // The head alone names the group: "The Working Group held its seventh session", "The
    // seventh session of the Working Group was held". (A sentence's first word carries a
    // capital the pattern of an English article does not.)
    const after = text.slice(o.end, o.end + OF_WITHIN + HEAD_LENGTH).split(CLAUSE_BREAK)[0] ?? '';
    // "At its fifty-fourth session, held in …, the Working Group adopted …": with no conference
    // named, a group named anywhere by its head is whose session it is.
    // "После девяносто третьей сессии Конференции Группа провела свою семидесятую сессию": a
    // group named right before, with "its", though the Conference was named earlier.
    const ownGroup = subjectWithOwn(before);
    const named = groupSession(text, o, bodies);
    const group =
      ownGroup ||
      (named ??
        (backReference(after) ||
          backReference(before) ||
          backReference(before.charAt(0).toLowerCase() + before.slice(1)) ||
          (!bodies.some((b) => isConference(b.id)) && backReference(text))));
    return group ? { ...o, noun: 'meeting' } : o;
  });
}
