// Place names in both languages, once: ingestion reads either form from a document's header
// and stores the English one; the API gives the Russian from here.
const PLACES = [
  { en: 'Vienna', ru: 'Вена' },
  { en: 'New York', ru: 'Нью-Йорк' },
  { en: 'Geneva', ru: 'Женева' },
] as const;

/** The stored (English) name of a place printed in either language; null when unknown. */
export function placeFromPrinted(printed: string): string | null {
  return PLACES.find((p) => p.ru === printed || p.en === printed)?.en ?? null;
}

/** A stored place in the given language; a place not listed here keeps its stored name. */
export function placeName(place: string, lang: 'en' | 'ru'): string {
  return lang === 'ru' ? (PLACES.find((p) => p.en === place)?.ru ?? place) : place;
}
