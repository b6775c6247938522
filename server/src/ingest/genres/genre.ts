// What a genre module gives the registry (index.ts).
import type { LangCode } from '../../domain/model.js';
import type { Extraction } from '../extraction.js';
import type { DecodedText } from '../types.js';

/** What a genre reader is given: the text as read, its file name (for messages only), its language. */
export interface GenreInput {
  decoded: DecodedText;
  fileName: string;
  lang: LangCode;
}

export interface Genre {
  /** The name an extraction reports (Extraction['genre']). */
  name: Extraction['genre'];
  /** The text's extraction when it is of this genre, else null (the next genre is tried). */
  read(input: GenreInput): Extraction | null;
}
