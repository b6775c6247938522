// The Secretariat's note (the seed's genre): front matter (session, date, agenda), headings
// that name a body, numbered paragraphs whose sentences state who created or governs whom,
// which meetings were held or planned and which reports go to the session.
import type { LangCode } from '../../domain/model.js';
import type { Extraction } from '../extraction.js';
import { cutPhraseWarning, findEntities } from '../lexicon/entities.js';
import { findSymbols } from '../lexicon/symbols.js';
import { readMetadata } from '../metadata.js';
import { readParagraph, type ParagraphState } from '../rules/paragraph.js';
import { segment, splitSentences } from '../segment.js';
import { LANGUAGES } from '../lang/index.js';
import { ordinalsOf } from '../rules/sessions.js';
import type { EntityMatcher } from '../lexicon/entities.js';
import { storedText } from '../stored-text.js';
import type { DecodedText } from '../types.js';
import { collected, collectors, documentIdOf, referAgenda, titleCreation } from './common.js';
import {
  groupIn,
  headerMeeting,
  submitToHeaderMeeting,
  withOrdinalFromText,
} from './meeting-of.js';
import { meetingPageDocuments } from './meeting-page.js';
import { agendaBlocks, documentation } from './annotated-agenda.js';
import { isTextTable, readMeetingTable } from './text-table.js';
import type { Genre } from './genre.js';

/** "The present note is submitted to the Conference at its Nth session": the note's own session. */
function sendsItselfTo(text: string, session: number, matcher: EntityMatcher): boolean {
  const lower = text.toLowerCase();
  return (
    LANGUAGES.some((l) => l.presentDocument.test(lower) && l.submittedTo.test(lower)) &&
    ordinalsOf(text, matcher).some((o) => o.noun === 'session' && o.value === session)
  );
}

export function extractNote(decoded: DecodedText, fileName: string, lang: LangCode): Extraction {
  const layoutWarnings: string[] = [];
  const blocks = agendaBlocks(decoded.text) ?? segment(decoded.text, fileName, layoutWarnings);
  const meta = readMetadata(blocks, lang);
  const documentId = documentIdOf(meta, { genre: 'note', text: decoded.text });
  const shared = collectors(decoded);
  const { matcher, relations, documents, unmatched, warnings } = shared;
  warnings.push(...layoutWarnings);
  // "Implementation Review Group" / "Sixth session" / "Vienna, 1–5 June 2015" above an agenda
  // or a note: the session is the group's meeting the document is prepared for, not one of
  // the Conference's.
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  const header = headerMeeting(blocks.slice(0, first < 0 ? blocks.length : first), matcher);
  const meeting = header ? withOrdinalFromText(header, blocks, matcher) : null;
  // A web page about the meeting is no paper for it: the documents it lists are.
  const page = decoded.format === 'html';
  const id = meeting
    ? submitToHeaderMeeting(shared, meeting, page ? null : documentId, meta.date?.value ?? null)
    : null;
  // "The Working Group" of a paper prepared for a group's meeting is that group, and what it
  // "will have before it" goes to that meeting.
  // A body's page ("Working Group on Trafficking in Persons" over its paragraphs) speaks of the
  // body its title names.
  const titleBody = page
    ? blocks
        .slice(0, first < 0 ? 0 : first)
        .filter((b) => b.kind === 'header' || b.kind === 'heading')
        .map((b) => groupIn(b.text, matcher))
        .find((g) => g && !g.proposed)?.id
    : undefined;
  const state: ParagraphState = {
    lastMandate: null,
    meetings: [],
    heading: null,
    lastBody: meeting?.body.id ?? titleBody ?? null,
  };
  // The session a note's header names is the Conference's, unless a group's meeting heads it
  // (then "Seventieth session" is the group's).
  const reading =
    id === null || page
      ? { ...shared, ...(meta.session && !meeting ? { session: meta.session.value } : {}) }
      : { ...shared, ownMeeting: id };
  // Symbols a heading prints: the rules read headings for the bodies they name, so a document
  // named only there ("Report on the eleventh meeting … (CTOC/COP/WG.7/2024/3)") is said, not lost.
  const headingSymbols: { symbol: string; heading: string }[] = [];
  // An agenda's "Documentation" lines are for the session or meeting the agenda is of.
  const agendaOf = id ?? (meta.session ? `session/${String(meta.session.value)}` : null);
  let listing = false;
  for (const block of blocks) {
    if (block.kind === 'heading') listing = documentation(block.text);
    if (block.kind === 'heading') {
      // A table of the meetings of the body the paragraph before spoke of.
      if (isTextTable(block.text))
        readMeetingTable(block.text, shared, state, meta.date?.value ?? null);
      for (const s of findSymbols(block.text)) {
        headingSymbols.push({ symbol: s.symbol, heading: block.text });
      }
      const found = findEntities(block.text, matcher);
      state.heading = {
        text: block.text,
        bodies: found.matched.filter((m) => m.id.startsWith('body/')),
      };
      for (const u of found.unmatched) {
        unmatched.push({ paragraph: null, text: u.text, kind: 'body' });
        if (u.cut) warnings.push(cutPhraseWarning('a heading', u));
      }
      continue;
    }
    if (block.kind === 'paragraph')
      readParagraph(
        block,
        listing && agendaOf ? { ...reading, listedFor: agendaOf } : reading,
        state,
      );
  }
  if (page) {
    // A body's page without a meeting of its own ("Expert group on the review process"): the
    // body its title names, or the one its paragraphs spoke of.
    const pageBody = titleBody ?? state.lastBody;
    // Its documents are for the one meeting of that body the page says is coming.
    const coming = shared.allMeetings.filter(
      (m) => m.bodyId === pageBody && m.status === 'PLANNED',
    );
    const next = coming.length === 1 ? coming[0] : undefined;
    meetingPageDocuments(
      shared,
      meeting && id
        ? { id, bodyId: meeting.body.id, ordinal: meeting.ordinal }
        : pageBody
          ? { id: next?.id ?? null, bodyId: pageBody, ordinal: next?.ordinal ?? null }
          : null,
      blocks,
    );
  }
  if (!meeting && meta.session) {
    const session = meta.session.value;
    // "The present note is submitted to the Conference at its ninety-ninth session …" says so too.
    const itself = blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? splitSentences(b.text)
            .filter((x) => sendsItselfTo(x.text, session, matcher))
            .map((x) => ({ paragraph: b.number, context: 'PARAGRAPH' as const, quote: x.text }))
        : [],
    );
    relations.add(
      {
        type: 'SUBMITTED_TO',
        from: documentId,
        to: `session/${String(session)}`,
        action: null,
        basis: null,
      },
      [{ paragraph: null, context: meta.session.context, quote: meta.session.quote }, ...itself],
    );
  }
  if (meta.title)
    titleCreation(
      meta.title.value,
      { paragraph: null, context: meta.title.context, quote: meta.title.quote },
      shared,
    );
  referAgenda(meta, documentId, shared);
  const read = new Set([documentId, ...documents.map((d) => d.id)]);
  for (const r of relations.all()) read.add(r.from).add(r.to);
  for (const h of headingSymbols) {
    if (!read.has(h.symbol)) {
      warnings.push(`a heading names ${h.symbol}, which no statement reads: "${h.heading}"`);
    }
  }
  return {
    genre: 'NOTE',
    documentId,
    meta,
    text: storedText(documentId, lang, blocks),
    ...collected(shared),
  };
}

export const noteGenre: Genre = {
  name: 'NOTE',
  read: ({ decoded, fileName, lang }) => extractNote(decoded, fileName, lang),
};
