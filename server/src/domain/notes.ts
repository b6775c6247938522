// The notes ingestion writes on what it composes or derives, in both languages, in one
// place. Notes are stored in English (as before, so existing graphs need no rewrite); the
// API gives their Russian from here, or from the reference data file for curated notes.

/** Fixed notes of ingestion. */
export const NOTES = {
  composedLabel: {
    en: 'label composed by Mandate Lineage',
    ru: 'название составлено Mandate Lineage',
  },
  statusAsOf: {
    en: 'held/planned as of the date of the document that says so',
    ru: 'проведено или запланировано — по состоянию на дату документа, который это сообщает',
  },
  printedName: {
    en: 'no name in this language yet: the name as the document prints it',
    ru: 'названия на этом языке пока нет: название, как его печатает документ',
  },
  fromId: {
    en: 'created from its id, named in an ingested document',
    ru: 'создано по идентификатору, названному в загруженном документе',
  },
} as const;

/** "7/1 is a text adopted at session 7 (…)": why a mandate new to the graph has its session. */
export function adoptedAtSessionNote(number: string, session: string): string {
  return `${number} is a text adopted at session ${session} (the N/M numbering of the Conference's texts)`;
}

const ADOPTED_AT =
  /^(\d+\/\d+) is a text adopted at session (\d+) \(the N\/M numbering of the Conference's texts\)$/;

/** The Russian of a note ingestion writes; null for any other note. */
export function ingestNoteRu(note: string): string | null {
  const fixed = Object.values(NOTES).find((n) => n.en === note);
  if (fixed) return fixed.ru;
  const m = ADOPTED_AT.exec(note);
  if (m?.[1] && m[2])
    return `${m[1]} — текст, принятый на сессии ${m[2]} (нумерация текстов Конференции «сессия/текст»)`;
  return null;
}
