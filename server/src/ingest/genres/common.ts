// What every genre shares: the entity matcher over the reference names (built once) and how
// a document without a printed symbol is identified.
import { basename, extname } from 'node:path';
import { buildMatcher, referenceNames, type EntityMatcher } from '../lexicon/entities.js';
import { RelationSet, type Extraction } from '../extraction.js';
import type { SentenceContext } from '../rules/paragraph.js';
import type { DecodedText, DocumentMeta } from '../types.js';

let matcher: EntityMatcher | null = null;
export function sharedMatcher(): EntityMatcher {
  matcher ??= buildMatcher(referenceNames());
  return matcher;
}

/**
 * A document's id is its UN symbol. A note that prints none (like the seed) is identified
 * by what every language version of it prints: its date, the provisional agenda it refers
 * to and the agenda items, so the Russian and English versions are one document. Only when
 * even those are missing does the file name stand in.
 */
export function documentIdOf(meta: DocumentMeta, fileName: string): string {
  if (meta.symbol) return meta.symbol.value;
  if (meta.date && meta.agendaSymbol) {
    const items = meta.agendaItems ? `-items-${meta.agendaItems.value.join('-')}` : '';
    return `document/${meta.date.value}-${meta.agendaSymbol.value.symbol.replaceAll('/', '-')}${items}`;
  }
  return `document/${basename(fileName, extname(fileName))}`;
}

/** What a genre's reading collects, empty: the sentence rules' shared context. */
export function collectors(decoded: DecodedText): Omit<SentenceContext, 'paragraph' | 'text'> & {
  warnings: string[];
  unmatched: Extraction['unmatched'];
} {
  return {
    matcher: sharedMatcher(),
    relations: new RelationSet(),
    documents: [],
    allMeetings: [],
    warnings: [...decoded.warnings],
    unmatched: [],
    newBodies: new Map(),
  };
}

/** What a genre's reading collected, as its extraction reports it. */
export function collected(
  shared: ReturnType<typeof collectors>,
): Pick<
  Extraction,
  'relations' | 'meetings' | 'documents' | 'unmatched' | 'warnings' | 'newBodies'
> {
  return {
    relations: shared.relations.all(),
    meetings: shared.allMeetings,
    documents: shared.documents,
    unmatched: shared.unmatched,
    warnings: shared.warnings,
    newBodies: [...shared.newBodies.values()],
  };
}
