// The Russian of the English-stored texts: actions and ingestion's notes from the domain's
// bilingual lists, curated notes from the reference data file (read once, on first use).
import { actionText } from '../../domain/actions.js';
import { ingestNoteRu } from '../../domain/notes.js';
import { placeName } from '../../domain/places.js';
import { readNoteTranslations } from '../../seed/data-files.js';
import type { Lang } from '../generated/resolvers.js';

type LangArg = { lang?: Lang | null };

let referenceNotes: Map<string, string> | undefined;

/** A note in the asked language; the English text when no translation is stored. */
export function noteIn(note: string | null | undefined, { lang }: LangArg): string | null {
  if (!note) return null;
  if (lang !== 'RU') return note;
  referenceNotes ??= readNoteTranslations();
  return referenceNotes.get(note) ?? ingestNoteRu(note) ?? note;
}

export function actionIn(action: string | null, { lang }: LangArg): string | null {
  return action === null ? null : actionText(action, lang === 'RU' ? 'ru' : 'en');
}

export function placeIn(place: string | null, { lang }: LangArg): string | null {
  return place === null ? null : placeName(place, lang === 'RU' ? 'ru' : 'en');
}
