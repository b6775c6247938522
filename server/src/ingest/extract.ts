// One document through the stages: decode → segment → language and metadata → the rules
// for each sentence → the front-matter statements (the session it is for, its agenda).
import { basename, extname } from 'node:path';
import type { LangCode } from '../domain/model.js';
import { ACTIONS, agendaItemsAction } from '../domain/actions.js';
import {
  RelationSet,
  type Extraction,
  type ExtractedDocument,
  type ExtractedMeeting,
} from './extraction.js';
import { decodeDocument } from './decode.js';
import {
  buildMatcher,
  findEntities,
  referenceNames,
  type EntityMatcher,
} from './lexicon/entities.js';
import { detectLanguage, readMetadata } from './metadata.js';
import { applySentenceRules, type ParagraphState } from './rules/paragraph.js';
import { segment, splitSentences } from './segment.js';
import { storedText } from './stored-text.js';
import type { DecodedText, DocumentMeta } from './types.js';
import { readDocument } from './formats/index.js';

let sharedMatcher: EntityMatcher | null = null;
function matcher(): EntityMatcher {
  sharedMatcher ??= buildMatcher(referenceNames());
  return sharedMatcher;
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

/** "2, 4 and 5". */
export function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  forcedLang?: LangCode,
): Extraction {
  return extractText(decodeDocument(bytes, fileName), fileName, forcedLang);
}

/** Any document this reads (PDF, Word, HTML, text; by content): its text, then its statements. */
export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  forcedLang?: LangCode,
): Promise<Extraction> {
  return extractText(await readDocument(bytes, fileName), fileName, forcedLang);
}

export function extractText(
  decoded: DecodedText,
  fileName: string,
  forcedLang?: LangCode,
): Extraction {
  const blocks = segment(decoded.text, fileName);
  const lang = forcedLang ?? detectLanguage(decoded.text);
  const meta = readMetadata(blocks, lang);
  const documentId = documentIdOf(meta, fileName);
  const relations = new RelationSet();
  const documents: ExtractedDocument[] = [];
  const meetings: ExtractedMeeting[] = [];
  const warnings = [...decoded.warnings];
  const unmatched: Extraction['unmatched'] = [];
  const state: ParagraphState = { lastMandate: null, meetings: [], heading: null };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const found = findEntities(block.text, matcher());
      state.heading = {
        text: block.text,
        bodies: found.matched.filter((m) => m.id.startsWith('body/')),
      };
      for (const u of found.unmatched)
        unmatched.push({ paragraph: null, text: u.text, kind: 'body' });
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    state.meetings = [];
    for (const sentence of splitSentences(block.text)) {
      applySentenceRules(
        {
          paragraph: block.number,
          text: sentence.text,
          matcher: matcher(),
          relations,
          documents,
          warnings,
          unmatched,
          allMeetings: meetings,
        },
        state,
      );
    }
  }
  if (meta.session) {
    relations.add(
      {
        type: 'SUBMITTED_TO',
        from: documentId,
        to: `session/${meta.session.value}`,
        action: null,
        basis: null,
      },
      [{ paragraph: null, context: meta.session.context, quote: meta.session.quote }],
    );
  }
  if (meta.agendaSymbol) {
    const agenda = meta.agendaSymbol;
    documents.push({
      id: agenda.value.symbol,
      type: 'PROVISIONAL_AGENDA',
      symbol: agenda.value.symbol,
      printedSymbol: agenda.value.printed,
      evidence: { paragraph: null, context: agenda.context, quote: agenda.quote },
      meetingId: null,
    });
    const items = meta.agendaItems;
    relations.add(
      {
        type: 'REFERENCES',
        from: documentId,
        to: agenda.value.symbol,
        action: items ? agendaItemsAction(items.value) : ACTIONS.agenda.en,
        basis: null,
      },
      [
        ...(items ? [{ paragraph: null, context: items.context, quote: items.quote }] : []),
        { paragraph: null, context: agenda.context, quote: agenda.quote },
      ],
    );
  }
  return {
    documentId,
    meta,
    relations: relations.all(),
    meetings,
    documents,
    text: storedText(documentId, lang, blocks),
    unmatched,
    warnings,
  };
}
