// A document's bytes to its text as read, whatever form it came in (detected by content):
// PDF (pdf.js), Word .docx (mammoth), HTML (htmlparser2) or plain text; page furniture and
// soft hyphens removed (formats/furniture.ts), blocks separated by blank lines as segment()
// reads them. A quote is verbatim from this text.
import { decodeDocument } from '../decode.js';
import { IngestInputError, type DecodedText } from '../types.js';
import { detectFormat, type Format } from './detect.js';
import { readDocx } from './docx.js';
import { isFurnitureAnywhere, removeSoftHyphens } from './furniture.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { reflow } from './reflow.js';
import { unblob } from './unblob.js';
import { DEFAULT_LIMITS, type InputLimits } from '../read/limits.js';

export interface ReadText extends DecodedText {
  format: Format;
}

/**
 * Plain text (a pdftotext export, say) loses its furniture lines and form feeds too; a text
 * copied as one long line gets its breaks back (unblob.ts), one pasted with a hard break on
 * every line its blocks (reflow.ts). Soft hyphens go
 * last: one at a line's end says a word was split there.
 */
function cleanPlainText(text: string): string {
  const lines = unblob(text.replaceAll('\f', '\n'))
    .split('\n')
    .filter((line) => !isFurnitureAnywhere(line));
  return removeSoftHyphens(reflow(lines.join('\n')));
}

export async function readDocument(
  bytes: Uint8Array,
  name: string,
  limits: InputLimits = DEFAULT_LIMITS,
): Promise<ReadText> {
  if (bytes.length === 0) throw new IngestInputError(`${name}: the file is empty (0 bytes)`);
  const detected = detectFormat(bytes);
  switch (detected.format) {
    case 'unsupported':
      throw new IngestInputError(
        `${name}: ${detected.what}, not a document this reads (PDF, Word .docx, HTML or text)`,
      );
    case 'pdf':
      return {
        text: (await readPdf(bytes, name, limits)).normalize('NFC'),
        encoding: 'utf-8',
        warnings: [],
        format: 'pdf',
      };
    case 'docx':
      return {
        text: (await readDocx(bytes, name, limits)).normalize('NFC'),
        encoding: 'utf-8',
        warnings: [],
        format: 'docx',
      };
    case 'html': {
      const decoded = decodeDocument(bytes, name);
      return { ...decoded, text: readHtml(decoded.text).normalize('NFC'), format: 'html' };
    }
    case 'text': {
      const decoded = decodeDocument(bytes, name);
      return { ...decoded, text: cleanPlainText(decoded.text), format: 'text' };
    }
  }
}
