// The text of a resolution or decision: its title says which mandate it is; each preambular
// clause that recalls, reaffirms or notes an earlier mandate or an instrument CITES it (the
// clause is the evidence); its operative paragraphs speak for it ("Decides to establish …",
// "Decides that … shall be a constant element", "Requests … to convene …") through the same
// sentence rules as a note's paragraphs, with the mandate as the one who acts.
import { ACTIONS } from '../../domain/actions.js';
import type { LangCode } from '../../domain/model.js';
import type { Extraction } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { cueAt, relativeClause } from '../rules/clauses.js';
import { findEntities } from '../lexicon/entities.js';
import { findMandates } from '../lexicon/mandates.js';
import { readParagraph, readPreambleClause, type ParagraphState } from '../rules/paragraph.js';
import { supplementing } from '../rules/instruments.js';
import { adoptedLine, stateAdoptedAt } from '../rules/adopted-at.js';
import { storedText } from '../stored-text.js';
import type { Block, DecodedText, DocumentMeta } from '../types.js';
import { collected, collectors, titleConcerns } from './common.js';
import { readMandateLayout, type MandateLayout } from './mandate-layout.js';
import type { Genre } from './genre.js';

const opening = (text: string) => text.trim().toLowerCase();
const citesCue = (text: string) => LANGUAGES.some((l) => l.mandateText.cites.test(opening(text)));
const stateOfMind = (text: string) =>
  LANGUAGES.some((l) => l.mandateText.stateOfMind.test(opening(text)));
const operativeCitesCue = (text: string) =>
  LANGUAGES.some((l) => l.mandateText.operativeCites.test(opening(text)));
// "Decides to establish …" opens an operative paragraph; in a text of one sentence the actor
// comes first ("The Conference of the Parties … decided to establish …"): its verb opens the rest.
const createsCue = (text: string) => {
  const t = opening(text);
  const verb = LANGUAGES.some((l) => l.mandateText.opening.test(t)) ? cueAt('decision', t) : 0;
  return LANGUAGES.some((l) => l.mandateText.creates.test(t.slice(Math.max(0, verb))));
};

/** "document/resolution-9-1": one id for every language version of the text. */
export const mandateTextId = (mandateId: string): string =>
  `document/${mandateId.replaceAll('/', '-')}`;

export function extractMandateText(
  layout: MandateLayout,
  decoded: DecodedText,
  lang: LangCode,
): Extraction {
  const self = layout.mandate.id;
  const documentId = mandateTextId(self);
  const shared = collectors(decoded);
  const { relations, warnings } = shared;
  // The annex is kept for the reader but its text is not the mandate's own decisions: said, so
  // that what it states is not taken as read.
  if (layout.annex) {
    warnings.push(
      `the annex ("${layout.annex.heading}", ${String(layout.annex.blocks)} block(s)) is kept as text, not read for statements`,
    );
  }
  const title = { paragraph: null, context: 'HEADING' as const, quote: layout.titleQuote };
  relations.add(
    { type: 'REFERENCES', from: documentId, to: self, action: ACTIONS.textOf.en, basis: null },
    [title],
  );
  readMandateBlocks(self, layout.blocks, shared, layout.subject?.quote ?? null);
  const meta: DocumentMeta = {
    lang,
    date: null,
    symbol: null,
    originalLang: null,
    session: null,
    sessionPlace: null,
    agendaItems: null,
    agendaSymbol: null,
    title: layout.subject ? { ...layout.subject, context: 'HEADING' } : null,
  };
  return {
    genre: 'MANDATE_TEXT',
    mandate: { ...layout.mandate, titleQuote: layout.titleQuote },
    documentId,
    meta,
    text: storedText(documentId, lang, layout.blocks),
    ...collected(shared),
  };
}

/**
 * What a text's blocks state for the mandate `self`: each preambular clause that recalls
 * CITES what it names, each operative paragraph (numbered or not) speaks for `self`.
 */
export function readMandateBlocks(
  self: string,
  blocks: readonly Block[],
  shared: ReturnType<typeof collectors>,
  title: string | null,
): void {
  const { matcher, relations, unmatched } = shared;
  if (title)
    titleConcerns(self, title, { paragraph: null, context: 'HEADING', quote: title }, shared);
  const state: ParagraphState = { lastMandate: self, meetings: [], heading: null, lastBody: null };
  for (const block of blocks) {
    // "Adopted by the Conference of the Parties at its ninety-third session" under the title.
    // (Or the line above it: "На своей … сессии … Конференция приняла резолюцию 87/2 следующего
    // содержания:".)
    const adopted =
      block.kind === 'heading' || block.kind === 'header' ? adoptedLine(block.text, matcher) : null;
    if (adopted !== null)
      stateAdoptedAt(relations, self, adopted, {
        paragraph: null,
        context: 'HEADING',
        quote: block.text.trim(),
      });
    if (block.kind === 'preamble') {
      const instruments = findEntities(block.text, matcher).matched.filter((e) =>
        e.id.startsWith('instrument/'),
      );
      // "the Protocol …, supplementing the Convention": the clause cites the Protocol, and says
      // what it supplements.
      const supplemented = supplementing(block.text, instruments);
      const evidence = { paragraph: null, context: 'PREAMBLE' as const, quote: block.text };
      for (const [k, list] of supplemented)
        for (const by of list)
          relations.add(
            {
              type: 'SUPPLEMENTS',
              from: by.id,
              to: instruments[k]?.id ?? by.id,
              action: null,
              basis: null,
            },
            [evidence],
          );
      // "Recalling its decision 4/4, by which it decided to establish … with regard to the
      // Protocol": the Protocol is what 4/4 concerns, not what this text cites.
      const mandates = findMandates(block.text);
      const rel = relativeClause(block.text, mandates);
      const ownUntil = rel ? block.text.length - rel.clause.length : block.text.length;
      const cited = [
        ...mandates.flatMap((m) => (m.id && m.id !== self ? [m.id] : [])),
        ...instruments.flatMap((e, k) =>
          supplemented.has(k) || e.start >= ownUntil ? [] : [e.id],
        ),
      ];
      if (cited.length === 0) {
        readPreambleClause(block.text, shared, state);
        continue;
      }
      // "Convinced of the need to implement the Convention": the Conference's view, which cites
      // no text; one that names a mandate is listed, not taken as a citation.
      if (stateOfMind(block.text) && cited.every((id) => id.startsWith('instrument/'))) continue;
      if (!citesCue(block.text) || stateOfMind(block.text)) {
        unmatched.push({ paragraph: null, text: block.text, kind: 'sentence' });
        continue;
      }
      for (const to of new Set(cited))
        relations.add({ type: 'CITES', from: self, to, action: null, basis: null }, [evidence]);
      readPreambleClause(block.text, shared, state);
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    // "(b) Reiterated its decision 1/2, by which …": an operative clause that cites, cited by it.
    if (operativeCitesCue(block.text)) {
      const evidence = {
        paragraph: block.number,
        context: 'PARAGRAPH' as const,
        quote: block.text,
      };
      for (const to of new Set(
        findMandates(block.text).flatMap((m) => (m.id && m.id !== self ? [m.id] : [])),
      ))
        relations.add({ type: 'CITES', from: self, to, action: null, basis: null }, [evidence]);
    }
    readParagraph(block, { ...shared, actor: { id: self, creates: createsCue } }, state);
  }
}

export const mandateTextGenre: Genre = {
  name: 'MANDATE_TEXT',
  read: ({ decoded, fileName, lang }) => {
    const layout = readMandateLayout(decoded.text, fileName);
    return layout ? extractMandateText(layout, decoded, lang) : null;
  },
};
