// One way for unit tests to read a text through the project's own extraction and list what it
// states, "TYPE from > to: action", as a reader of the dry run's report would.
import { extractDocument } from '../../server/src/ingest/extract.js';

export const extract = (text: string, name = 'text.txt') =>
  extractDocument(new TextEncoder().encode(text), name);

export const statements = (text: string): string[] =>
  extract(text).relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);

/** The actor line of a UNTOC text, in English and in Russian. */
export const CONFERENCE_EN =
  'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,';
export const CONFERENCE_RU =
  'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,';
