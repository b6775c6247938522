// PDF to text with pdf.js (pdfjs-dist, the reader Firefox uses): the text layer's items with
// their positions, handed to the layout (pdf-layout.ts). A PDF without a text layer (a scan),
// an encrypted one or a damaged one is refused with the reason.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from './pdfjs.js';
import { IngestInputError } from '../types.js';
import { DEFAULT_LIMITS, IngestLimitError, type InputLimits } from '../read/limits.js';
import { layoutPages, type PageItems } from './pdf-layout.js';

/** Pages with fewer characters than this on average have no usable text layer. */
const MIN_CHARS_PER_PAGE = 20;

function reason(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException')
    return 'it is encrypted (password-protected); save an unprotected copy';
  if (name === 'InvalidPDFException') return `it is damaged or truncated (${message})`;
  return `it cannot be read as a PDF (${message})`;
}

async function open(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: true,
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw new IngestInputError(`${name}: not a readable PDF: ${reason(err)}`);
  }
}

/** A complete PDF ends with its end-of-file marker; a cut download does not. */
function truncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes('%%EOF');
}

export async function readPdf(
  bytes: Uint8Array,
  name: string,
  limits: InputLimits = DEFAULT_LIMITS,
): Promise<string> {
  if (truncated(bytes)) {
    throw new IngestInputError(
      `${name}: not a readable PDF: it is truncated (it does not end with %%EOF); download it again`,
    );
  }
  const doc = await open(bytes, name);
  try {
    // Counted from the page tree before any page is read.
    if (doc.numPages > limits.maxPages) {
      throw new IngestLimitError(
        `${name}: the PDF has ${String(doc.numPages)} pages, more than the ` +
          `${String(limits.maxPages)} one document may have`,
        'maxPages',
        413,
      );
    }
    const pages: PageItems[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({
        width,
        height,
        items: content.items.flatMap((i) =>
          'str' in i
            ? [
                {
                  str: i.str,
                  x: i.transform[4] as number,
                  y: i.transform[5] as number,
                  width: i.width,
                  size: i.height || Math.hypot(i.transform[2] as number, i.transform[3] as number),
                },
              ]
            : [],
        ),
      });
      page.cleanup();
    }
    const chars = pages.reduce(
      (n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0),
      0,
    );
    if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
      throw new IngestInputError(
        `${name}: the PDF has no text layer (${String(chars)} characters of text on ` +
          `${String(pages.length)} page${pages.length === 1 ? '' : 's'}); it looks scanned. ` +
          'Run OCR on it first (for instance ocrmypdf -l rus+eng) or ingest a PDF with text',
      );
    }
    return layoutPages(pages);
  } catch (err) {
    if (err instanceof IngestInputError) throw err;
    throw new IngestInputError(`${name}: not a readable PDF: ${reason(err)}`);
  } finally {
    await doc.destroy();
  }
}
