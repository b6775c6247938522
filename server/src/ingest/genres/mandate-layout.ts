// The layout of a resolution's or decision's text: a title line ("Resolution 9/1",
// "Решение 4/4", the subject on it or on the lines after), the actor line ("The Conference of
// the Parties to …,"), unnumbered preambular clauses, numbered operative paragraphs, perhaps an
// annex. Every block's text is a slice of the input, so quotes stay verbatim.
import type { MandateRecord } from '../../domain/model.js';
import { LANGUAGES } from '../lang/index.js';
import { IngestInputError, type Block } from '../types.js';

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

interface Para {
  start: number;
  end: number;
  lines: { start: number; end: number; text: string }[];
}

const titleWords = (type: 'RESOLUTION' | 'DECISION') =>
  LANGUAGES.map((l) => l.mandateText.title[type]).join('|');
const TITLE = new RegExp(
  `^(?:(${titleWords('RESOLUTION')})|(${titleWords('DECISION')}))\\s+(\\d{1,3}/\\d{1,3})(?![\\d/])[.:]?\\s*(.*)$`,
  'iu',
);
// Any number of digits: an operative paragraph is only ever the next one (`last + 1` below),
// so a year at a line's start ("2030. …") is never taken for paragraph 2030 (paragraph-number.ts).
const NUMBERED = /^(\d+)\.[ \t\u00A0]+(?=\S)/;
const ANNEX = /^(?:annex|приложение)(?:\s+[IVX\d]+)?$/iu;
// How far into a document its title may stand (a cover line, a symbol, a date before it).
const TITLE_WITHIN = 12;

/** Runs of non-blank lines, with their offsets in the text. */
function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let pos = 0;
  let current: Para | null = null;
  for (const raw of text.split('\n')) {
    const start = pos + raw.length - raw.trimStart().length;
    const content = raw.trim();
    pos += raw.length + 1;
    if (content === '') {
      current = null;
      continue;
    }
    const line = { start, end: start + content.length, text: content };
    if (current) {
      current.lines.push(line);
      current.end = line.end;
    } else {
      current = { start, end: line.end, lines: [line] };
      out.push(current);
    }
  }
  return out;
}

const joined = (p: Para) => p.lines.map((l) => l.text).join(' ');
const isActor = (p: Para) =>
  LANGUAGES.some((l) => l.mandateText.actor.test(joined(p).toLowerCase()));
const cites = (line: string) => LANGUAGES.some((l) => l.mandateText.cites.test(line.toLowerCase()));

function titleOf(p: Para | undefined): RegExpExecArray | null {
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
  const a = paras.findIndex((p, i) => i > t && i <= t + 6 && isActor(p));
  if (a < 0) return null;
  const m = titleOf(paras[t]);
  const number = m?.[3] ?? '';
  const type = m?.[1] ? 'RESOLUTION' : 'DECISION';
  const slice = (start: number, end: number) => text.slice(start, end);
  const blocks: Block[] = paras.slice(0, t).map((p) => ({
    kind: 'header',
    text: slice(p.start, p.end),
  }));
  const titlePara = paras[t];
  const titleLine = titlePara?.lines[0];
  if (!titlePara || !titleLine) return null;
  blocks.push({ kind: 'heading', text: titleLine.text });
  // The subject: the rest of the title line and the paragraphs up to the actor line.
  const subjectParts = [
    ...(m?.[4] ? [m[4]] : []),
    ...(titlePara.lines.length > 1
      ? [slice(titlePara.lines[1]?.start ?? titlePara.end, titlePara.end)]
      : []),
    ...paras.slice(t + 1, a).map((p) => slice(p.start, p.end)),
  ];
  for (const s of subjectParts.slice(m?.[4] ? 1 : 0)) blocks.push({ kind: 'heading', text: s });
  const actor = paras[a];
  if (actor) blocks.push({ kind: 'heading', text: slice(actor.start, actor.end) });

  let last = 0;
  let open: { start: number; block: Block } | null = null;
  let annex: MandateLayout['annex'] = null;
  for (const p of paras.slice(a + 1)) {
    const second = titleOf(p);
    if (second && last > 0 && !annex) {
      throw new IngestInputError(
        `${name} holds more than one text (${number} and ${second[3] ?? '?'}): give each resolution or decision a file of its own`,
      );
    }
    if (annex || ANNEX.test(joined(p))) {
      annex ??= { heading: joined(p), blocks: 0 };
      annex.blocks++;
      blocks.push({ kind: 'heading', text: slice(p.start, p.end) });
      continue;
    }
    for (const line of p.lines) {
      const numbered = NUMBERED.exec(line.text);
      const n = Number(numbered?.[1]);
      if (numbered && n === last + 1) {
        const start = line.start + numbered[0].length;
        open = { start, block: { kind: 'paragraph', number: n, text: slice(start, line.end) } };
        blocks.push(open.block);
        last = n;
      } else if (last > 0 && open) {
        open.block.text = slice(open.start, line.end);
      } else if (
        open &&
        open.block.kind === 'preamble' &&
        !(line === p.lines[0]) &&
        !cites(line.text)
      ) {
        open.block.text = slice(open.start, line.end);
      } else {
        open = { start: line.start, block: { kind: 'preamble', text: line.text } };
        blocks.push(open.block);
      }
    }
  }
  if (last === 0) {
    throw new IngestInputError(
      `${name}: ${type === 'RESOLUTION' ? 'resolution' : 'decision'} ${number} has no numbered operative paragraphs ("1. Decides …")`,
    );
  }
  return {
    mandate: { id: `${type.toLowerCase()}/${number}`, type, number },
    titleQuote: titleLine.text,
    subject: subjectParts[0]
      ? {
          value: subjectParts.join(' ').replace(/\s+/g, ' '),
          quote: m?.[4] ? titleLine.text : subjectParts[0],
        }
      : null,
    blocks,
    annex,
  };
}
