// Texts of resolutions and decisions reproduced inside another document: a Conference report
// prints the texts it adopted ("Resolution 98/3" / its subject / "The Conference of the Parties
// …," / "Recalling …" / "1. Decides …"), a background paper the texts it recalls. Each is read
// as that mandate's own text (mandate-layout.ts, mandate-text.ts): its preamble cites, its
// operative paragraphs speak for it. Its paragraphs restart at 1, so the document's own
// paragraph rules leave the range it covers alone.
import { IngestInputError } from '../types.js';
import type { collectors } from './common.js';
import { type Para } from './mandate-clauses.js';
import { mandateSection, opensActor, paragraphs, titleOf } from './mandate-layout.js';
import { readMandateBlocks } from './mandate-text.js';

// How far after a text's title line its actor line may stand (the subject between).
const ACTOR_WITHIN = 3;
// A chapter of the document that holds the texts ("II. Introduction", "Annex"): where a text ends.
const CHAPTER = /^(?:[IVXLC]+\.\s+\S|(?:annex|приложение)(?:\s|$))/iu;

export interface EmbeddedText {
  mandate: string;
  /** Offsets in the document's text of what the text covers, title line to its last paragraph. */
  start: number;
  end: number;
}

/** Where each reproduced text starts (its title line, then the actor within a few paragraphs). */
function starts(paras: readonly Para[]): { at: number; actor: number }[] {
  const out: { at: number; actor: number }[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (!p || !titleOf(p)) continue;
    // A list of the texts adopted ("Resolution 99/2. …" / "Resolution 99/3. …") is no text.
    if (p.lines.slice(1).some((l) => titleOf({ ...p, lines: [l] }))) continue;
    const actor = paras.findIndex((q, j) => j > i && j <= i + ACTOR_WITHIN && opensActor(q));
    if (actor < 0) continue;
    out.push({ at: i, actor });
    i = actor;
  }
  return out;
}

/** A reproduced text as laid out, or why it cannot be read as one. */
export type FoundText =
  | (EmbeddedText & { layout: ReturnType<typeof mandateSection> })
  | { mandate: string; error: string };

/** Every text the document reproduces, laid out (pure: nothing is read for statements yet). */
export function findEmbeddedTexts(text: string, name: string): FoundText[] {
  const paras = paragraphs(text);
  const found = starts(paras);
  return found.flatMap((s, k): FoundText[] => {
    const next = found[k + 1]?.at ?? paras.length;
    const chapter = paras.findIndex(
      (p, j) => j > s.actor && j < next && CHAPTER.test(p.lines[0]?.text ?? ''),
    );
    const end = chapter < 0 ? next : chapter;
    const m = titleOf(paras[s.at]);
    const number = m?.[3];
    if (!m || !number) return [];
    const type = m[1] ? 'RESOLUTION' : 'DECISION';
    const id = `${type.toLowerCase()}/${number}`;
    try {
      const layout = mandateSection(text, paras.slice(s.at, end), {
        t: 0,
        a: s.actor - s.at,
        type,
        number,
        name,
      });
      return [
        { mandate: id, start: paras[s.at]?.start ?? 0, end: paras[end - 1]?.end ?? 0, layout },
      ];
    } catch (e) {
      if (!(e instanceof IngestInputError)) throw e;
      return [{ mandate: id, error: e.message }];
    }
  });
}

/**
 * Reads each text found for its mandate, into `shared`; returns what each read text covers. A
 * text that cannot be read as one (no operative paragraph) is said in a warning.
 */
export function readEmbeddedTexts(
  found: readonly FoundText[],
  name: string,
  shared: ReturnType<typeof collectors>,
): EmbeddedText[] {
  return found.flatMap((t) => {
    if ('error' in t) {
      shared.warnings.push(
        `${name}: the text of ${t.mandate} it reproduces is not read: ${t.error}`,
      );
      return [];
    }
    readMandateBlocks(t.mandate, t.layout.blocks, shared, t.layout.subject?.quote ?? null);
    return [{ mandate: t.mandate, start: t.start, end: t.end }];
  });
}

/** Whether a block of the document (found at `at` in its text) lies inside a reproduced text. */
export const insideEmbedded = (texts: readonly EmbeddedText[], at: number): boolean =>
  texts.some((t) => at >= t.start && at < t.end);

/** Each block's offset in the text (blocks are slices of it, in order; -1 when not found). */
export function blockOffsets(text: string, blocks: readonly { text: string }[]): number[] {
  let cursor = 0;
  return blocks.map((b) => {
    const at = text.indexOf(b.text, cursor);
    if (at >= 0) cursor = at;
    return at;
  });
}
