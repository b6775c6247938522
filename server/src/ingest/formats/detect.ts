// What a file is, from its first bytes, never from its name: a PDF, a Word document, another
// ZIP-based file (refused by name), an HTML page, or text.
export type Format = 'pdf' | 'docx' | 'html' | 'text';

const startsWith = (bytes: Uint8Array, s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (bytes[i] !== s.charCodeAt(i)) return false;
  return true;
};

/** What a ZIP container holds, by the names of its entries (stored in the clear). */
function zipKind(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  if (head.includes('word/document.xml') || head.includes('word/')) return 'docx';
  if (head.includes('xl/')) return 'an Excel workbook';
  if (head.includes('ppt/')) return 'a PowerPoint presentation';
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'an OpenDocument file';
  return 'a ZIP archive';
}

export type Detected = { format: Format } | { format: 'unsupported'; what: string };

export function detectFormat(bytes: Uint8Array): Detected {
  // A PDF's header may follow a few bytes of junk (the specification allows 1024).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    const kind = zipKind(bytes);
    return kind === 'docx' ? { format: 'docx' } : { format: 'unsupported', what: kind };
  }
  if (startsWith(bytes, '\u00D0\u00CF\u0011\u00E0')) {
    return {
      format: 'unsupported',
      what: 'an old Word (.doc) or Office file; save it as .docx or PDF',
    };
  }
  if (startsWith(bytes, '{\\rtf'))
    return { format: 'unsupported', what: 'an RTF file; save it as .docx or PDF' };
  const start = head
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<!doctype html|<head|<body|<meta)/.test(start)) {
    return { format: 'html' };
  }
  return { format: 'text' };
}
