// Paragraph numbers at a line's start ("12. The Conference …"), as every reader of a layout
// (segment, a resolution's text, a PDF's lines, an HTML ordered list) recognises them.
//
// A long note numbers its paragraphs past 999 (issue 32: a note of 40,000 paragraphs lost all
// after paragraph 999, glued onto it without a word). But a line also starts with a year far
// more often than a note reaches paragraph 1000: "2024. …" where a PDF or a hard-wrapped text
// broke a sentence after "in", a symbol's year, a figure. So a number of up to three digits
// is a paragraph number by the layout's usual rules, and a longer one only where it continues
// the numbering: exactly the previous paragraph's number + 1.

/** The number of digits a paragraph number may have without continuing the numbering. */
export const FREE_DIGITS = 3;

/**
 * Whether the digits that open a line ("1000" of "1000. …") may be a paragraph's number after
 * paragraph `previous` (0 before the first): always up to three digits, else only `previous + 1`.
 */
export function mayNumberParagraph(digits: string, previous: number): boolean {
  return digits.length <= FREE_DIGITS || Number(digits) === previous + 1;
}
