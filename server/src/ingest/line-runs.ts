// A text's runs of non-blank lines with their offsets: what a layout reads as its paragraphs
// before it knows which are numbered (mandate texts, web pages). Quotes stay slices of the text.

export interface LineRun {
  start: number;
  end: number;
  lines: { start: number; end: number; text: string }[];
}

/** Runs of non-blank lines, with their offsets in the text. */
export function lineRuns(text: string): LineRun[] {
  const out: LineRun[] = [];
  let pos = 0;
  let current: LineRun | null = null;
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
