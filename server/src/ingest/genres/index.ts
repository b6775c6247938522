// The genres ingestion reads, in the order they are tried: the first whose reader takes the
// text reads it, and the Secretariat's note, last, takes any text. Adding a genre is its module
// (detect, segment, extract, in every language through lang/) and one line here.
import type { Extraction } from '../extraction.js';
import type { Genre, GenreInput } from './genre.js';
import { backgroundPaperGenre } from './background-paper.js';
import { conferenceReportGenre } from './conference-report.js';
import { mandateTextGenre } from './mandate-text.js';
import { meetingReportGenre } from './meeting-report.js';
import { noteGenre } from './note.js';
import { sessionPageGenre } from './session-page.js';

export type { Genre, GenreInput } from './genre.js';

// A page or a report listing a session's texts comes before a text of its own: it holds
// several, and the mandate text's reader would refuse the second.
export const GENRES: readonly Genre[] = [
  // A report's title says what it is; a page listing a session's texts has none.
  conferenceReportGenre,
  sessionPageGenre,
  mandateTextGenre,
  meetingReportGenre,
  // Before the note: a note headed by a working group's meeting is that meeting's paper.
  backgroundPaperGenre,
  noteGenre,
];

/** The first genre's reading that takes the text (the note takes any). */
export function readGenre(input: GenreInput): Extraction {
  for (const genre of GENRES) {
    const x = genre.read(input);
    if (x) return x;
  }
  throw new Error('no genre read the text: the note genre, last, must take any text');
}
