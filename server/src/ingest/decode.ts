// Bytes to text. UN documents reach us as UTF-8, as Windows-1251 (old Russian Word exports)
// or as something that is not text at all; a wrong guess would put mojibake into the graph
// as "verbatim" evidence, so every doubtful case is refused with a message instead.
import { IngestInputError, type DecodedText } from './types.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1251 = new TextDecoder('windows-1251');

// Bytes 0x80–0xBF as Windows-1251 shows them. They are the second byte of every UTF-8
// Cyrillic letter, so UTF-8 read as Windows-1251 turns each letter into "Р"/"С" + one of these.
const UTF8_TAIL_AS_CP1251 = new Set(
  CP1251.decode(Uint8Array.from({ length: 0x40 }, (_, i) => 0x80 + i)),
);
const UTF8_LEAD_AS_CP1251 = new Set(['Р', 'С', 'Т', 'У']);
const RUSSIAN_LETTER = /[А-яЁё]/;
const LETTER = /\p{L}/u;

function controlCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Tab, LF, CR and form feed (pdftotext's page break) are ordinary in text files.
    const allowed = c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
    if ((c < 0x20 && !allowed) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return n;
}

function looksBinary(s: string): boolean {
  const n = controlCount(s);
  return n > 3 && n > s.length * 0.01;
}

interface LetterStats {
  letters: number;
  russian: number;
  /** "Р"/"С"/"Т"/"У" followed by a character that a UTF-8 continuation byte becomes. */
  mojibakePairs: number;
}

function letterStats(s: string): LetterStats {
  const stats: LetterStats = { letters: 0, russian: 0, mojibakePairs: 0 };
  // The letters that matter are all in the BMP, so UTF-16 units will do.
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (LETTER.test(ch)) stats.letters++;
    if (RUSSIAN_LETTER.test(ch)) stats.russian++;
    if (UTF8_LEAD_AS_CP1251.has(ch) && UTF8_TAIL_AS_CP1251.has(s.charAt(i + 1))) {
      stats.mojibakePairs++;
    }
  }
  return stats;
}

// Genuine Russian has almost no such pairs; mojibake has one for nearly every letter pair.
function isMojibake({ russian, mojibakePairs }: LetterStats): boolean {
  return mojibakePairs >= 3 && mojibakePairs > russian * 0.1;
}

function isPlausibleRussian(stats: LetterStats): boolean {
  return stats.russian > 0 && stats.russian >= stats.letters * 0.5 && !isMojibake(stats);
}

function binaryError(name: string, why: string): IngestInputError {
  return new IngestInputError(`${name}: a binary file (${why}), not text`);
}

/**
 * Decodes a document's bytes: UTF-8 (BOM stripped), or Windows-1251 when that gives Russian
 * text (with a warning). Line endings become LF and the text NFC.
 * @throws IngestInputError for an empty, binary, UTF-16, mojibake or undecodable file.
 */
export function decodeDocument(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw new IngestInputError(`${name}: the file is empty (0 bytes)`);
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new IngestInputError(`${name}: UTF-16 text; convert it to UTF-8`);
  }
  if (bytes.includes(0)) throw binaryError(name, 'it contains NUL bytes');

  let raw: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  const warnings: string[] = [];
  try {
    // The decoder consumes a leading BOM itself.
    raw = UTF8.decode(bytes);
  } catch {
    raw = CP1251.decode(bytes);
    encoding = 'windows-1251';
  }
  if (looksBinary(raw)) throw binaryError(name, 'it contains many control characters');
  const stats = letterStats(raw);
  if (encoding === 'utf-8' && isMojibake(stats)) {
    throw new IngestInputError(
      `${name}: the text is mojibake (UTF-8 that was read as Windows-1251 and saved again); ` +
        'take the text from the original document',
    );
  }
  if (encoding === 'windows-1251') {
    if (!isPlausibleRussian(stats)) {
      throw new IngestInputError(
        `${name}: not UTF-8 text; if it is in another encoding, convert it to UTF-8`,
      );
    }
    warnings.push(`${name}: decoded as Windows-1251 (not UTF-8)`);
  }

  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new IngestInputError(`${name}: the file is empty (it contains only white space)`);
  }
  return { text, encoding, warnings };
}
