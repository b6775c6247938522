// Line breaking for labels, the way cytoscape's `text-wrap: wrap` breaks them: greedily at
// spaces, a word longer than the line kept whole. The timeline needs the lines in advance
// to reserve room for every label.

/** Width of a text in px at the timeline's label font (a canvas measure in the browser). */
export type Measure = (text: string) => number;

export interface Wrapped {
  lines: string[];
  /** Width of the widest line, in px. */
  width: number;
}

export function wrapText(text: string, measure: Measure, maxWidth: number): Wrapped {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return { lines, width: Math.max(0, ...lines.map(measure)) };
}
