// What every genre shares: the entity matcher over the reference names (built once) and how
// a document without a printed symbol is identified.
import { createHash } from 'node:crypto';
import { ACTIONS, agendaItemsAction } from '../../domain/actions.js';
import { buildMatcher, referenceNames, type EntityMatcher } from '../lexicon/entities.js';
import { CONFERENCES, HOME_CONFERENCE } from '../../domain/conferences.js';
import { SHARED_REFERENCE } from '../scope.js';
import { RelationSet, type ExtractedEvidence, type Extraction } from '../extraction.js';
import { findEntities } from '../lexicon/entities.js';
import { instrumentRules } from '../rules/instruments.js';
import { embeddedBody, stateEmbeddedCreation } from '../rules/embedded.js';
import type { SentenceContext } from '../rules/context.js';
import type { DecodedText, DocumentMeta, EntityMention } from '../types.js';

let matcher: EntityMatcher | null = null;
export function sharedMatcher(): EntityMatcher {
  matcher ??= buildMatcher(referenceNames());
  return matcher;
}

const foreignMatchers = new Map<string, EntityMatcher>();
/**
 * For another conference's text: only the names every conference shares ("the Conference",
 * "the Convention", the Secretariat), which scope.ts makes its own, and the bodies the registry
 * gives it. UNTOC's working groups and Protocols are not its bodies: its others are proposed
 * from the words it prints.
 */
function matcherFor(conference: string | undefined): EntityMatcher {
  if (conference === undefined || conference === HOME_CONFERENCE.code) return sharedMatcher();
  let m = foreignMatchers.get(conference);
  if (!m) {
    const own = (CONFERENCES.find((c) => c.code === conference)?.bodies ?? []).map((b) => ({
      id: b.id,
      kind: 'BODY' as const,
      names: Object.values(b.names),
    }));
    m = buildMatcher([...referenceNames().filter((n) => SHARED_REFERENCE.has(n.id)), ...own]);
    foreignMatchers.set(conference, m);
  }
  return m;
}

/** What identifies a document that prints no symbol, besides its front matter. */
export interface IdentitySource {
  /** The genre as an id spells it: "report", "background-paper", "note". */
  genre: string;
  /** The body whose document it is (a report's or a paper's working group), when it says. */
  bodyId?: string | null;
  /** The date every copy prints: a report's meeting's first day, else the document's own date. */
  date?: string | null;
  /** The text as read: what identifies it when nothing else does. */
  text: string;
}

// Length of the text's hash in an id: 12 hex digits (48 bits) tell apart far more documents
// than a graph of one treaty body's papers will hold.
const HASH_LENGTH = 12;

/** The text without what a copy changes: line ends, runs of white space, soft hyphens, the form of letters. */
function textHash(text: string): string {
  const normal = text
    .normalize('NFKC')
    .replace(/\u00AD/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * A document's id is its UN symbol. A note that prints none (like the seed) is identified
 * by what every language version of it prints: its date, the provisional agenda it refers
 * to and the agenda items, so the Russian and English versions are one document. Else by its
 * genre, body and date (`document/report-wg-firearms-2018-05-02`), and when even those are
 * missing by its text (`document/note-<hash>`): never by the file's name, so the same text
 * uploaded under two names is one document.
 */
export function documentIdOf(meta: DocumentMeta, source: IdentitySource): string {
  if (meta.symbol) return meta.symbol.value;
  const items = meta.agendaItems ? `-items-${meta.agendaItems.value.join('-')}` : '';
  if (meta.date && meta.agendaSymbol) {
    return `document/${meta.date.value}-${meta.agendaSymbol.value.symbol.replaceAll('/', '-')}${items}`;
  }
  const date = source.date ?? meta.date?.value ?? null;
  if (source.bodyId && date)
    return `document/${source.genre}-${source.bodyId.replace(/^body\//, '')}-${date}${items}`;
  return `document/${source.genre}-${textHash(source.text)}`;
}

/**
 * The provisional agenda the front matter's footnote names ("Items 2, 4 and 5 of the provisional
 * agenda*" / "* CTOC/COP/2020/1."), and that the document refers to it for those items.
 */
export function referAgenda(
  meta: DocumentMeta,
  documentId: string,
  shared: Pick<SentenceContext, 'documents' | 'relations'>,
): void {
  const agenda = meta.agendaSymbol;
  if (!agenda) return;
  shared.documents.push({
    id: agenda.value.symbol,
    type: 'PROVISIONAL_AGENDA',
    symbol: agenda.value.symbol,
    printedSymbol: agenda.value.printed,
    evidence: { paragraph: null, context: agenda.context, quote: agenda.quote },
    meetingId: null,
  });
  const items = meta.agendaItems;
  shared.relations.add(
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

/** What a genre's reading collects, empty: the sentence rules' shared context. */
export function collectors(decoded: DecodedText): Omit<SentenceContext, 'paragraph' | 'text'> & {
  warnings: string[];
  unmatched: Extraction['unmatched'];
} {
  return {
    matcher: matcherFor(decoded.conference),
    conference: decoded.conference ?? HOME_CONFERENCE.code,
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

/**
 * "Resolution 97/3. Implementation of the Protocol against … Firearms …": a text's title names
 * the instruments it concerns (and, "…, supplementing the Convention", which one supplements
 * which), whether the text itself or a list of a session's texts prints it.
 */
/**
 * The instruments a title names, those inside a body's name too ("Possible mechanisms to review
 * implementation of the United Nations Convention …" is the Review Mechanism's name around the
 * Convention), in order.
 */
export function instrumentsIn(title: string, matcher: EntityMatcher): EntityMention[] {
  const found = findEntities(title, matcher).matched;
  const inside = found
    .filter((b) => b.id.startsWith('body/'))
    .flatMap((b) => {
      const from = title.indexOf(' ', b.start) + 1;
      if (from <= 0 || from >= b.end) return [];
      return findEntities(title.slice(from, b.end), matcher)
        .matched.filter((e) => e.id.startsWith('instrument/'))
        .map((e) => ({ ...e, start: e.start + from, end: e.end + from }));
    });
  return [...found.filter((e) => e.id.startsWith('instrument/')), ...inside].sort(
    (a, b) => a.start - b.start,
  );
}

/** "Work of the expert group established pursuant to resolution 9/1": who created the body a title names. */
export function titleCreation(
  title: string,
  evidence: ExtractedEvidence,
  shared: Pick<SentenceContext, 'matcher' | 'relations'>,
): void {
  const created = embeddedBody(title, shared.matcher);
  if (created) stateEmbeddedCreation(created, shared.relations, evidence);
}

export function titleConcerns(
  mandate: string,
  title: string,
  evidence: ExtractedEvidence,
  shared: Pick<SentenceContext, 'matcher' | 'relations'>,
): void {
  instrumentRules(
    { text: title, relations: shared.relations },
    instrumentsIn(title, shared.matcher),
    mandate,
    evidence,
    true,
  );
  // "Work of the expert group established pursuant to resolution 9/1": who created the body.
  if (embeddedBody(title, shared.matcher)?.mandate !== mandate)
    titleCreation(title, evidence, shared);
}
