// A UNODC page listing a session's texts: "At its second session, held in Vienna from 10 to 21
// October 2006, the Conference … adopted the following decisions:", a line per text ("Decision
// 2/6 Technical assistance activities"), then often each text in full, headed by its title line
// or only by its subject. The list gives ADOPTED_AT, cited by each line; each text that follows
// is read as that mandate's text (mandate-layout.ts, mandate-text.ts), its clauses speaking for
// it. The page prints no paragraph numbers: its paragraphs are cited by position, unnumbered.
import { ACTIONS } from '../../domain/actions.js';
import type { LangCode } from '../../domain/model.js';
import type { Extraction } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { storedText } from '../stored-text.js';
import { IngestInputError, type Block, type DecodedText, type DocumentMeta } from '../types.js';
import { collected, collectors, titleConcerns } from './common.js';
import { listedMandate, sessionHeld, sessionMeta } from './conference-report.js';
import type { Genre } from './genre.js';
import { joined, type Para } from './mandate-clauses.js';
import { mandateSection, opensActor, paragraphs, titleOf } from './mandate-layout.js';
import { readMandateBlocks } from './mandate-text.js';
import { stateAdoptedAt } from '../rules/adopted-at.js';
import { readParagraph, type ParagraphState } from '../rules/paragraph.js';

// How far into the page its lead sentence may stand (title, language links before it).
const LEAD_WITHIN = 15;
// How far after a text's heading its actor line may stand (the subject between).
const ACTOR_WITHIN = 3;

type Listed = NonNullable<ReturnType<typeof listedMandate>> & { line: string };
const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
// A sentence of the page's own (not a title or a date line): it ends as a sentence does.
const isProse = (text: string) => /[.!?]["»”)]?\s*$/u.test(text) && text.split(/\s+/u).length >= 8;
// A table's header row: a few words, no number, no sentence.
const isColumnHeads = (text: string) => text.split(/\s+/u).length <= 6 && !/[\d.;:]/u.test(text);
const isLead = (p: Para) => LANGUAGES.some((l) => l.sessionRecord.adoptedList.test(joined(p)));

/** Where each text of the page starts (its title line, or its subject as the list gave it). */
function textStarts(paras: readonly Para[], from: number, listed: readonly Listed[]) {
  const byNumber = new Map(listed.map((l) => [l.number, l]));
  const bySubject = new Map(listed.map((l) => [key(l.subject), l]));
  const starts: { at: number; actor: number; mandate: Listed }[] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i];
    if (!p) continue;
    const mandate = byNumber.get(titleOf(p)?.[3] ?? '') ?? bySubject.get(key(joined(p)));
    if (!mandate || starts.some((s) => s.mandate.id === mandate.id)) continue;
    const actor = paras.findIndex((q, j) => j > i && j <= i + ACTOR_WITHIN && opensActor(q));
    if (actor < 0) continue;
    starts.push({ at: i, actor, mandate });
    i = actor;
  }
  return starts;
}

/** The lines after the lead at `lead` that each name a text of the session, and where they end. */
function listAfter(
  paras: readonly Para[],
  lead: number,
  session: number,
): { listed: Listed[]; end: number } {
  const listed: Listed[] = [];
  let end = lead + 1;
  for (; end < paras.length; end++) {
    const para = paras[end];
    const lines = para?.lines ?? [];
    const found = lines.map((l) => listedMandate(l.text, session));
    // A table's header row ("Number Title") before its first text is no text of the list.
    if (listed.length === 0 && end === lead + 1 && para && isColumnHeads(joined(para))) continue;
    if (found.some((f) => f === null)) break;
    found.forEach((f, i) => f && listed.push({ ...f, line: lines[i]?.text ?? '' }));
  }
  return { listed, end };
}

export function extractSessionPage(
  decoded: DecodedText,
  fileName: string,
  lang: LangCode,
): Extraction | null {
  const text = decoded.text;
  const paras = paragraphs(text);
  // The lead: the first of the page's opening paragraphs that says which session adopted what
  // and is followed by the list (a heading may say it too, above a sentence that does again).
  let found: {
    lead: number;
    held: NonNullable<ReturnType<typeof sessionHeld>>;
    listed: Listed[];
    end: number;
  } | null = null;
  for (let i = 0; i < Math.min(paras.length, LEAD_WITHIN) && !found; i++) {
    const p = paras[i];
    const held = p && isLead(p) ? sessionHeld(joined(p)) : null;
    if (!held) continue;
    const list = listAfter(paras, i, held.number);
    if (list.listed.length) found = { lead: i, held, ...list };
  }
  if (!found) return null;
  const { lead, held, listed, end } = found;
  const leadPara = paras[lead];
  if (!leadPara) return null;
  const slice = (p: Para) => text.slice(p.start, p.end);
  const leadText = slice(leadPara);
  // "На этой сессии Конференция, в частности, учредила … (резолюция 95/2)." above the list is
  // the page's own sentence, read as a paragraph; the lines above it are its header.
  const prose: Block[] = [];
  const blocks: Block[] = [
    ...paras.slice(0, lead).flatMap((p): Block[] => {
      if (!isProse(joined(p))) return p.lines.map((l): Block => ({ kind: 'header', text: l.text }));
      const b: Block = { kind: 'paragraph', number: 0, text: slice(p), numbered: false };
      prose.push(b);
      return [b];
    }),
    { kind: 'paragraph', number: 1, text: leadText, numbered: false },
    ...listed.map((l): Block => ({ kind: 'heading', text: l.line })),
  ];
  const starts = textStarts(paras, end, listed);
  const before = starts[0]?.at ?? paras.length;
  blocks.push(...paras.slice(end, before).map((p): Block => ({ kind: 'heading', text: slice(p) })));
  const unread: string[] = [];
  const sections = starts.flatMap((s, k) => {
    const to = starts[k + 1]?.at ?? paras.length;
    const { type, number } = s.mandate;
    try {
      const layout = mandateSection(text, paras.slice(s.at, to), {
        t: 0,
        a: s.actor - s.at,
        type,
        number,
        name: fileName,
      });
      blocks.push(...layout.blocks);
      return [{ mandate: s.mandate, layout }];
    } catch (e) {
      // One text of the page that breaks off (a page cut short, a text still to come) does not
      // refuse the others or the list: it is kept as text and said.
      if (!(e instanceof IngestInputError)) throw e;
      blocks.push(
        ...paras.slice(s.at, to).map((p): Block => ({ kind: 'heading', text: slice(p) })),
      );
      unread.push(`${number}: its text is kept, not read for statements (${e.message})`);
      return [];
    }
  });
  // The page numbers none of its paragraphs: each is cited by its place on the page.
  let position = 0;
  for (const b of blocks) if (b.kind === 'paragraph' && b.numbered === false) b.number = ++position;

  const documentId = `document/cop-session-${String(held.number)}-texts`;
  const shared = collectors(decoded);
  const { relations, warnings } = shared;
  warnings.push(...unread);
  for (const l of listed) {
    const line = { paragraph: null, context: 'HEADING' as const, quote: l.line };
    stateAdoptedAt(relations, l.id, held.number, line);
    titleConcerns(l.id, l.subject, line, shared);
  }
  const state: ParagraphState = { lastMandate: null, meetings: [], heading: null, lastBody: null };
  for (const b of prose) if (b.kind === 'paragraph') readParagraph(b, shared, state);
  for (const { mandate, layout } of sections) {
    const heading = layout.titleQuote;
    relations.add(
      {
        type: 'REFERENCES',
        from: documentId,
        to: mandate.id,
        action: ACTIONS.textOf.en,
        basis: null,
      },
      [{ paragraph: null, context: 'HEADING', quote: heading }],
    );
    readMandateBlocks(mandate.id, layout.blocks, shared, layout.subject?.quote ?? null);
    if (layout.annex)
      warnings.push(
        `${mandate.number}: the annex ("${layout.annex.heading}") is kept as text, not read for statements`,
      );
  }
  const meta: DocumentMeta = {
    lang,
    date: null,
    symbol: null,
    originalLang: null,
    ...sessionMeta(held, leadText, 'PARAGRAPH'),
    agendaItems: null,
    agendaSymbol: null,
    title: null,
  };
  return {
    genre: 'SESSION_PAGE',
    documentId,
    meta,
    text: storedText(documentId, lang, blocks),
    ...collected(shared),
  };
}

export const sessionPageGenre: Genre = {
  name: 'SESSION_PAGE',
  read: ({ decoded, fileName, lang }) => extractSessionPage(decoded, fileName, lang),
};
