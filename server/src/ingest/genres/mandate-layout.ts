// The layout of a resolution's or decision's text: a title line ("Resolution 9/1",
// "Решение 4/4", the subject on it or on the lines after), the actor line ("The Conference of
// the Parties to …,"), unnumbered preambular clauses, operative paragraphs (numbered, lettered
// or neither: mandate-clauses.ts), perhaps an annex. A decision may be one sentence, the actor
// and what it decides in one paragraph. Every block's text is a slice of the input, so quotes
// stay verbatim.
import { lineRuns } from '../line-runs.js';
import type { MandateRecord } from '../../domain/model.js';
import { LANGUAGES } from '../lang/index.js';
import { IngestInputError, type Block } from '../types.js';
import { joined, readClauses, type Para } from './mandate-clauses.js';

export type { Para } from './mandate-clauses.js';

export interface MandateLayout {
  mandate: { id: string; type: MandateRecord['type']; number: string };
  /** The title line, verbatim (what says which mandate this is). */
  titleQuote: string;
  /** The subject ("Trafficking in human beings") and the block that states it, verbatim. */
  subject: { value: string; quote: string } | null;
  blocks: Block[];
  /** The annex, kept as text but not read for statements: its first line and its blocks. */
  annex: { heading: string; blocks: number } | null;
}

const titleWords = (type: 'RESOLUTION' | 'DECISION') =>
  LANGUAGES.map((l) => l.mandateText.title[type]).join('|');
/** "Resolution 5/1", "Decision 2/6.", "Решение 4/4": group 1 a resolution, 2 a decision, 3 N/M, 4 the rest. */
export const TITLE = new RegExp(
  `^(?:(${titleWords('RESOLUTION')})|(${titleWords('DECISION')}))\\s+(\\d{1,3}/\\d{1,3})(?![\\d/])[.:]?\\s*(.*)$`,
  'iu',
);
// How far into a document its title may stand (a cover line, a symbol, a date before it).
const TITLE_WITHIN = 12;
// How far after its title the actor line may stand (the subject's lines between).
const ACTOR_WITHIN = 6;

/** Runs of non-blank lines, with their offsets in the text. */
export const paragraphs = (text: string): Para[] => lineRuns(text);

/** Who adopts the text: its line ending with a comma or colon, or its whole first sentence. */
export const opensActor = (p: Para): boolean => {
  const lower = joined(p).toLowerCase();
  return LANGUAGES.some(
    (l) => l.mandateText.actor.test(lower) || l.mandateText.opening.test(lower),
  );
};
const actorLineOnly = (p: Para) =>
  LANGUAGES.some((l) => l.mandateText.actor.test(joined(p).toLowerCase()));

export function titleOf(p: Para | undefined): RegExpExecArray | null {
  const first = p?.lines[0];
  return first ? TITLE.exec(first.text) : null;
}

/**
 * The layout when the text is a resolution or decision (a title line, then an actor line
 * within a few paragraphs); null when it is not one.
 * @throws IngestInputError when it holds a second text, or has no operative paragraph
 */
export function readMandateLayout(text: string, name: string): MandateLayout | null {
  const paras = paragraphs(text);
  const t = paras.slice(0, TITLE_WITHIN).findIndex((p) => titleOf(p) !== null);
  if (t < 0) return null;
  const a = paras.findIndex((p, i) => i > t && i <= t + ACTOR_WITHIN && opensActor(p));
  if (a < 0) return null;
  const m = titleOf(paras[t]);
  if (!m?.[3]) return null;
  const type = m[1] ? 'RESOLUTION' : 'DECISION';
  return mandateSection(text, paras, { t, a, type, number: m[3], name });
}

const adoptedLine = (text: string) =>
  LANGUAGES.some((l) => l.mandateText.adoptedLine.test(text.trim().toLowerCase()));
// Where a line may start: the text's start, or a space before a capital.
const STARTS = /(?<=\s)\p{Lu}/gu;

/** A part with the line saying where the text was adopted set apart from the words before it. */
function adoptedApart(part: string): string[] {
  if (adoptedLine(part)) return [part];
  for (const m of part.matchAll(STARTS))
    if (adoptedLine(part.slice(m.index)))
      return [part.slice(0, m.index).trimEnd(), part.slice(m.index)];
  return [part];
}

/**
 * The layout of one text among `paras`: its title paragraph `t` (the line that names it, or
 * on a page listing a session's texts, the subject line the list gave), its actor `a`, and
 * what follows up to the end of `paras`. Exported for pages that hold several texts.
 * @throws IngestInputError when it has no operative paragraph, or holds a second text
 */
export function mandateSection(
  text: string,
  paras: readonly Para[],
  s: { t: number; a: number; type: MandateRecord['type']; number: string; name: string },
): MandateLayout {
  const { t, a, type, number, name } = s;
  const m = titleOf(paras[t]);
  const slice = (start: number, end: number) => text.slice(start, end);
  const blocks: Block[] = paras.slice(0, t).map((p) => ({
    kind: 'header',
    text: slice(p.start, p.end),
  }));
  const titlePara = paras[t];
  const titleLine = titlePara?.lines[0];
  const actor = paras[a];
  if (!titlePara || !titleLine || !actor) throw new Error('mandateSection: no title or actor');
  blocks.push({ kind: 'heading', text: titleLine.text });
  // The subject: the rest of the title line and the paragraphs up to the actor line; a page's
  // text has no title line of its own, its subject line stands in for one.
  const titleRest = m ? (m[4] ?? '') : titleLine.text;
  const parts = [
    ...(titleRest ? [titleRest] : []),
    ...(titlePara.lines.length > 1
      ? [slice(titlePara.lines[1]?.start ?? titlePara.end, titlePara.end)]
      : []),
    ...paras.slice(t + 1, a).map((p) => slice(p.start, p.end)),
  ];
  // "Adopted by the Conference … at its … session" under the title is no part of the subject,
  // even when a pasted text ran it on after the title's last line.
  const split = parts.flatMap(adoptedApart);
  const subjectParts = split.filter((p) => !adoptedLine(p));
  for (const part of split.slice(titleRest ? adoptedApart(titleRest).length : 0))
    blocks.push({ kind: 'heading', text: part });
  // A decision in one sentence: the actor's paragraph is also its first (unnumbered) paragraph.
  const oneSentence = !actorLineOnly(actor);
  const actorText = slice(actor.start, actor.end);
  blocks.push(
    oneSentence
      ? { kind: 'paragraph', number: 1, text: actorText, numbered: false }
      : { kind: 'heading', text: actorText },
  );
  const clauses = readClauses(text, paras.slice(a + 1), {
    name,
    number,
    startAt: oneSentence ? 2 : 1,
    isTitle: (p) => titleOf(p)?.[3] ?? null,
  });
  blocks.push(...clauses.blocks);
  if (clauses.operative === 0 && !oneSentence) {
    throw new IngestInputError(
      `${name}: ${type === 'RESOLUTION' ? 'resolution' : 'decision'} ${number} has no operative paragraphs (numbered "1. Decides …", lettered "(a) Decides …", or a clause after the actor line that does not end with a comma)`,
    );
  }
  return {
    mandate: { id: `${type.toLowerCase()}/${number}`, type, number },
    titleQuote: titleLine.text,
    subject: subjectParts[0]
      ? {
          value: subjectParts.join(' ').replace(/\s+/g, ' '),
          quote: titleRest && m ? titleLine.text : subjectParts[0],
        }
      : null,
    blocks,
    annex: clauses.annex,
  };
}
