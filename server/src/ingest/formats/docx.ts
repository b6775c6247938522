// Word (.docx) to text with mammoth: each Word paragraph a block, Word's list numbering
// (which is not in the paragraph's text), the paragraph's own or its style's
// (docx-style-numbering.ts), written as the paragraph's number, footnotes kept with their
// marker after the paragraph that refers to them, soft hyphens removed.
import mammoth from 'mammoth';
import { checkZip } from '../read/zip-guard.js';
import { DEFAULT_LIMITS, type InputLimits } from '../read/limits.js';
import { IngestInputError } from '../types.js';
import { withStyleNumbering } from './docx-style-numbering.js';
import { removeSoftHyphens } from './furniture.js';

/** The parts of mammoth's document tree read here (it ships no types for them). */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  noteType?: string;
  noteId?: string;
  body?: Node[];
}

interface Notes {
  resolve(reference: Node): Node | null;
}

function textOf(node: Node, refs: Node[]): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  if (node.type === 'noteReference') {
    refs.push(node);
    return '';
  }
  return (node.children ?? []).map((c) => textOf(c, refs)).join('');
}

function paragraphs(node: Node): Node[] {
  if (node.type === 'paragraph') return [node];
  return (node.children ?? []).flatMap(paragraphs);
}

export async function readDocx(
  bytes: Uint8Array,
  name: string,
  limits: InputLimits = DEFAULT_LIMITS,
): Promise<string> {
  // Before mammoth inflates the XML whole (read/zip-guard.ts).
  await checkZip(bytes, name, limits);
  // Filled by mammoth's callback: the document tree and its footnotes.
  const read: { tree: Node | null; notes: Notes | null } = { tree: null, notes: null };
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(await withStyleNumbering(bytes)) },
      {
        transformDocument: (doc: Node & { notes?: Notes }) => {
          read.tree = doc;
          read.notes = doc.notes ?? null;
          return doc;
        },
      },
    );
  } catch (err) {
    throw new IngestInputError(
      `${name}: not a readable Word document (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const { tree, notes } = read;
  if (!tree) throw new IngestInputError(`${name}: not a readable Word document (no body)`);
  const blocks: string[] = [];
  // Word numbers the paragraphs of an ordered list at its top level in order; the number
  // printed before each is not part of its text.
  let listed = 0;
  const noteText = (ref: Node): string =>
    (notes?.resolve(ref)?.body ?? [])
      .flatMap(paragraphs)
      .map((p) => textOf(p, []))
      .join(' ');
  let footnote = 0;
  for (const p of paragraphs(tree)) {
    const refs: Node[] = [];
    const text = removeSoftHyphens(textOf(p, refs)).replace(/\s+/g, ' ').trim();
    const numbered = p.numbering?.isOrdered === true && p.numbering.level === '0';
    if (numbered) listed++;
    // A footnote reference in the front matter is printed as an asterisk (UN style).
    const markers = refs.map(() => (listed === 0 ? '*' : String(++footnote)));
    if (text !== '') blocks.push(numbered ? `${String(listed)}. ${text}` : text + markers.join(''));
    refs.forEach((ref, i) => {
      const t = removeSoftHyphens(noteText(ref)).replace(/\s+/g, ' ').trim();
      if (t) blocks.push(`${markers[i] ?? '*'} ${t}`);
    });
  }
  if (blocks.length === 0) throw new IngestInputError(`${name}: the Word document has no text`);
  return blocks.join('\n\n') + '\n';
}
