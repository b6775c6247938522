// How a sentence's mandates divide its clauses. "In its resolutions 96/1 …, 96/5 … and 97/1 …,
// the Conference requested …" speaks through every mandate named before the Conference as its
// subject; "the Conference recalled its resolution 5/4" cites the one named after a citing verb;
// "…resolution 5/4, by which it had established the Working Group" makes 5/4, not the sentence's
// own mandate, the one that created the group. The words are each language's (lang/).
import { cue, LANGUAGES, type CueName } from '../lang/index.js';
import type { MandateMention } from '../types.js';

const recalls = cue('recalls');
// Built once: these run for every instrument named and every sentence read.
// (Another conference's convention is matched from "Convention …", after "United Nations".)
const CONFERENCE_BEFORE = LANGUAGES.map(
  (l) => new RegExp(`(?:${l.conferenceOf.source})(?:united\\s+nations\\s+)?$`, 'iu'),
);
const DECISION_VERBS = LANGUAGES.flatMap((l) =>
  l.cues.decision.map((p) => new RegExp(p.source, `${p.flags.replace('g', '')}g`)),
);

/** Where a cue's words first stand in the text (any language), or -1. */
export function cueAt(name: CueName, text: string): number {
  const lower = text.toLowerCase();
  const at = LANGUAGES.flatMap((l) =>
    l.cues[name].flatMap((p) => {
      const m = p.exec(lower);
      return m ? [m.index] : [];
    }),
  );
  return at.length ? Math.min(...at) : -1;
}

/** Where the Conference stands as the subject, or -1. */
export function subjectAt(text: string): number {
  const at = LANGUAGES.map((l) => l.mandateWords.subject.exec(text)?.index ?? -1).filter(
    (i) => i >= 0,
  );
  return at.length ? Math.min(...at) : -1;
}

/** The mandates named before the Conference as subject ("In its resolutions A, B and C, the Conference …"). */
export function leadMandates(text: string, explicit: readonly MandateMention[]): string[] {
  const subject = subjectAt(text);
  if (subject < 0) return [];
  return [...new Set(explicit.flatMap((m) => (m.id && m.end <= subject ? [m.id] : [])))];
}

/** The mandates cited after a citing verb that follows the subject ("… the Conference recalled its resolution 5/4"). */
export function citedAfterVerb(text: string, explicit: readonly MandateMention[]): string[] {
  const subject = Math.max(0, subjectAt(text));
  return [
    ...new Set(
      explicit.flatMap((m) =>
        m.id && m.start > subject && recalls(text.slice(subject, m.start)) ? [m.id] : [],
      ),
    ),
  ];
}

export interface RelativeClause {
  /** The sentence up to the mandate the clause is about. */
  main: string;
  /** ", by which it had established …": the clause, whose subject is `mandate`. */
  clause: string;
  mandate: string;
}

// Between two mandates of one list: "2/6 and 3/2", "5/1, 5/5 и 7/1".
const LISTED = /^\s*(?:,\s*)?(?:(?:and|и)\s+)?(?:its\s+|свое\p{L}*\s+)?$/iu;

/** The mandates of the list that ends with `explicit[at]` ("its resolutions 5/4, 7/1 and 9/1"). */
export function listEndingAt(
  text: string,
  explicit: readonly MandateMention[],
  at: number,
): string[] {
  const list: string[] = [];
  for (let k = at; k >= 0; k--) {
    const m = explicit[k];
    const next = explicit[k + 1];
    if (!m?.id || (k < at && next && !LISTED.test(text.slice(m.end, next.start)))) break;
    list.unshift(m.id);
  }
  return list;
}

/** A relative clause right after a mandate, which that mandate is the subject of; null when none. */
export function relativeClause(
  text: string,
  explicit: readonly MandateMention[],
): RelativeClause | null {
  for (const [k, m] of explicit.entries()) {
    if (!m.id) continue;
    const rest = text.slice(m.end);
    for (const l of LANGUAGES) {
      const r = l.mandateWords.relative.exec(rest);
      if (r) return { main: text.slice(0, m.end), clause: rest.slice(r[0].length), mandate: m.id };
      // "its resolutions 5/4, 7/1 and 9/1, the first of which established …": the one it names.
      const { pattern, positions } = l.mandateWords.listRelative;
      const o = pattern.exec(rest);
      const place = o?.[1] === undefined ? undefined : positions[o[1].toLowerCase()];
      const list = listEndingAt(text, explicit, k);
      const one = place === undefined ? undefined : list.at(place);
      if (o && one && list.length > 1)
        return { main: text.slice(0, m.end), clause: rest.slice(o[0].length), mandate: one };
    }
  }
  return null;
}

const AND_WHICH = /\s+(?:and|и)\s+(?:which|that|котор\p{L}*)\s/iu;

/**
 * "The Working Group on Firearms, which the Conference established by its resolution 5/4, is …",
 * "группу экспертов, учрежденную в соответствии с резолюцией 9/1, …": the span of the clause
 * (from its comma to the comma after the mandate, or the sentence's end) and the mandate that
 * created the body named before it; null when there is none. `bare`: no comma before it ("the
 * expert group established pursuant to resolution 9/1"), so only a body right before it is meant.
 */
export function embeddedCreation(
  text: string,
  explicit: readonly MandateMention[],
  last: string | null = null,
): { start: number; end: number; mandate: string; bare: boolean } | null {
  for (const l of LANGUAGES) {
    const m = l.mandateWords.embeddedCreation.exec(text);
    if (!m) continue;
    const at = m.index + m[0].length;
    // "…, set up pursuant to the same resolution, …": the text named last.
    const mention = explicit.find((x) => x.start === at);
    const id = mention ? (mention.id ?? last) : null;
    if (!mention || !id) continue;
    const comma = text.indexOf(',', mention.end);
    const bare = !m[0].trimStart().startsWith(',');
    // Bare, it ends with its text ("the expert group established pursuant to resolution 9/1 is
    // expected to hold …"); set off by commas, at the comma after it.
    // "…, which was established pursuant to resolution 5/4 and which the Conference made a
    // constant element by resolution 7/1, …": the clause ends where the next one begins.
    const next = AND_WHICH.exec(text.slice(mention.end));
    const stop =
      next && (comma < 0 || mention.end + next.index < comma) ? mention.end + next.index : comma;
    const end = bare || stop < 0 ? mention.end : stop;
    return { start: m.index, end, mandate: id, bare };
  }
  return null;
}

/**
 * "Bearing in mind that, in its resolution 7/1, it decided that …": the clause after the
 * mandate is what that mandate said; null when none is so named.
 */
export function spokenClause(
  text: string,
  explicit: readonly MandateMention[],
): RelativeClause | null {
  for (const m of explicit) {
    if (!m.id) continue;
    const before = text.slice(0, m.start);
    const rest = text.slice(m.end);
    for (const l of LANGUAGES) {
      const after = l.mandateWords.spokeIn.after.exec(rest);
      if (after && l.mandateWords.spokeIn.before.test(before))
        return { main: before, clause: rest.slice(after[0].length), mandate: m.id };
    }
  }
  return null;
}

/** Whether an instrument named at `start` is cited by an article ("pursuant to article 32 of the"). */
export function byArticle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  return LANGUAGES.some((l) => l.mandateWords.articleBefore.test(before));
}

/**
 * Whether an instrument named at `start` is not what a mandate concerns: an article of it is
 * cited ("in accordance with article 32 … of the Convention"), or it is part of the
 * Conference's name ("The Conference of the Parties to the United Nations Convention …").
 */
export function citedInPassing(text: string, start: number, title = false): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  // "the Ad Hoc Committee on the Elaboration of a Convention against …", "по разработке
  // конвенции против …": a convention still to be written, not the Convention's own name.
  if (
    /^\p{Ll}/u.test(text.slice(start)) ||
    LANGUAGES.some((l) => l.mandateWords.indefiniteBefore.test(before))
  )
    return true;
  return (
    LANGUAGES.some(
      (l) =>
        l.mandateWords.articleBefore.test(before) ||
        // A title names what its text is about, the Convention inside the Mechanism's name too.
        (!title && l.mandateWords.inNameBefore.test(before)),
    ) || CONFERENCE_BEFORE.some((p) => p.test(before))
  );
}

/**
 * The clauses of a sentence that each decide something, split where a conjunction or a
 * semicolon brings in another decision verb: "decides that the group shall continue to meet
 * … and invites it to …", "invited the Working Group …, and requested the Secretariat …",
 * "учредила … группу и просила эту группу …". A verb after a comma alone is not split off (it
 * is as often a participle: "the Working Group, established by decision 2/6, …"), except in a
 * relative clause (`commaEnds`): "…, by which it had decided that …, agreed that …" returns to
 * the sentence's own verb at the comma.
 */
// A verb followed by who or what it was done by or under: a participle, not a clause's verb.
const PARTICIPLE_AFTER =
  /^\p{L}+\s+(?:by|pursuant|under|in\s+accordance|in\s+its|within|through|согласно|в\s+соответствии|резолюци|решени|во\s+исполнение)/iu;

export function decisionClauses(text: string, commaEnds = false): string[] {
  const lower = text.toLowerCase();
  const verbs = DECISION_VERBS.flatMap((p) => [...lower.matchAll(p)].map((m) => m.index)).sort(
    (a, b) => a - b,
  );
  const cuts: number[] = [];
  for (const at of verbs.slice(1)) {
    const before = text.slice(Math.max(0, at - 24), at);
    // "…decided that the Group should continue, asked the Secretariat to convene … and
    // requested …": a verb after a comma goes on the list of what was decided, unless it is a
    // participle naming who established something ("the Working Group, established by …").
    const series = /,\s*$/u.test(before) && !PARTICIPLE_AFTER.test(text.slice(at));
    const joins =
      LANGUAGES.some((l) => l.clauseJoin.test(before)) || (series && (commaEnds || at > 0));
    if (joins && !cuts.includes(at)) cuts.push(at);
  }
  if (cuts.length === 0) return [text];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]));
}
