// Reports a sentence names by symbol: the meeting that produced each and the session it goes to.
import { findSymbols } from '../lexicon/symbols.js';
import { LIST_MARK } from '../segment.js';
import type { ExtractedEvidence, ExtractedMeeting } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { CUES } from './cues.js';
import { ordinalsOf } from './sessions.js';
import { meetingIdOf, type ParagraphState, type SentenceContext } from './context.js';
import { findEntities } from '../lexicon/entities.js';

export function reportRules(
  c: SentenceContext,
  st: ParagraphState,
  basis: string | null,
  evidence: ExtractedEvidence,
): void {
  // A list's item names its own documents; the lead's are the lead's ("In addition to the
  // annotated provisional agenda (…), the Conference had before it the following documents:").
  const symbols = findSymbols(c.item ?? c.text);
  // "(a) Annotated provisional agenda (CTOC/COP/2093/1);" in a list of what the Conference had
  // before it: a document of its kind, at the session.
  const kind = listedKind(c.item ?? (c.listedFor === undefined ? afterBefore(c.text) : c.text));
  if (kind) {
    listedDocuments(c, symbols, kind, evidence);
    return;
  }
  // "In addition to the annotated provisional agenda (CTOC/COP/2086/1), the Conference had
  // before it …": a document named by its kind right before its symbol.
  if (c.item === undefined)
    for (const s of symbols) {
      const named = kindBefore(c.text.slice(0, s.start));
      if (named) listedDocuments(c, [s], named, evidence);
    }
  if (!CUES.report(c.text)) return;
  // "Доклад о работе семидесятой сессии (…)" after "Группа провела свою семидесятую сессию":
  // the group's meeting the text just gave, not a session of the Conference.
  const ordinals = ordinalsOf(c.text, c.matcher).map((o) =>
    o.noun === 'session' &&
    o.value !== c.session &&
    (st.meetings.some((m) => m.ordinal === o.value) || lastMeeting(c, o.value))
      ? { ...o, noun: 'meeting' as const }
      : o,
  );
  const said = ordinals.find((o) => o.noun === 'session')?.value ?? null;
  const lower = c.text.toLowerCase();
  // "…(CTOC/COP/WG.7/2097/4), which is before the Conference": the session the document is for.
  const session =
    said ??
    (c.session !== undefined &&
    LANGUAGES.some(
      (l) => l.meeting.beforeConference.test(lower) || l.meeting.currentSession.test(lower),
    )
      ? c.session
      : null);
  if (symbols.length === 0) {
    // "The reports on both meetings are submitted to the Conference at its …th session": the
    // reports the text named last.
    // (Not when this paragraph gave a meeting of its own: "… its sixty-seventh meeting … The
    // report on that meeting will be submitted …" is that meeting's report, not yet issued.)
    const last = st.lastReports ?? [];
    const producers = c.documents.filter((d) => last.includes(d.id)).map((d) => d.meetingId);
    const newer = st.meetings.length > 0 && !st.meetings.some((m) => producers.includes(m.id));
    if (session !== null && !newer && LANGUAGES.some((l) => l.meeting.reportsBack.test(lower)))
      for (const report of last) submit(c, report, sessionId(session), basis, evidence);
    return;
  }
  st.lastReports = symbols.map((s) => s.symbol);
  const byOrdinal = ordinals
    .filter((o) => o.noun === 'meeting')
    // "the report on the sixth meeting" may follow the paragraph that introduced the meeting.
    .map((o) => st.meetings.find((m) => m.ordinal === o.value) ?? lastMeeting(c, o.value));
  // "The Group's recommendations are contained in its report (CTOC/COP/WG.7/2097/4)": the report
  // of the one meeting the text gave the group spoken of.
  const ofGroup = c.allMeetings.filter((m) => m.bodyId === st.lastBody);
  // "Доклады о работе этих сессий (…)" in the paragraph after the one that gave the sessions.
  const spokenOf =
    st.meetings.length === 0 && LANGUAGES.some((l) => l.meeting.meetingsBack.test(lower))
      ? (st.lastMeetings ?? [])
      : [];
  // "доклады о работе шестьдесят пятых сессий Рабочей группы по X и Рабочей группы по Y (… и …
  // соответственно)": one ordinal, each group's own meeting, paired with the symbols in order.
  const one = ordinals.length === 1 ? ordinals[0] : undefined;
  const groups = findEntities(c.text, c.matcher).matched.filter(
    (b) => b.id.startsWith('body/') && b.start > (one?.end ?? Infinity),
  );
  const theirOwn =
    one?.noun === 'meeting' && groups.length === symbols.length && CUES.respectively(c.text)
      ? groups.map((g) => c.allMeetings.find((m) => m.id === meetingIdOf(g.id, one.value)))
      : [];
  const meetings =
    theirOwn.length > 1 && theirOwn.every(Boolean)
      ? (theirOwn as ExtractedMeeting[])
      : symbols.length === st.meetings.length && (symbols.length === 1 || CUES.respectively(c.text))
        ? st.meetings
        : byOrdinal.length === symbols.length && byOrdinal.every(Boolean)
          ? byOrdinal
          : symbols.length === 1 && byOrdinal.length === 0 && ofGroup.length === 1
            ? ofGroup
            : symbols.length === spokenOf.length &&
                (symbols.length === 1 || CUES.respectively(c.text))
              ? spokenOf
              : null;
  if (!meetings) {
    c.warnings.push(
      `paragraph ${c.paragraph}: cannot tell which meeting produced ${symbols.map((s) => s.symbol).join(', ')}`,
    );
  }
  symbols.forEach((s, k) => {
    const meeting = meetings?.[k] ?? null;
    c.documents.push({
      id: s.symbol,
      type: 'REPORT',
      symbol: s.symbol,
      printedSymbol: s.printed,
      evidence: { paragraph: c.paragraph, context: 'PARAGRAPH', quote: s.printed },
      meetingId: meeting?.id ?? null,
    });
    if (meeting)
      c.relations.add(
        { type: 'PRODUCES', from: meeting.id, to: s.symbol, action: null, basis: null },
        [evidence],
      );
    if (session !== null) submit(c, s.symbol, sessionId(session), basis, evidence);
    // A report on an agenda's documentation list is for the session the agenda is of.
    else if (c.listedFor) submit(c, s.symbol, c.listedFor, basis, evidence);
  });
}

/** The document goes to `to`: a session (`session/N`) or a group's meeting. */
function submit(
  c: SentenceContext,
  document: string,
  to: string,
  basis: string | null,
  evidence: ExtractedEvidence,
): void {
  c.relations.add({ type: 'SUBMITTED_TO', from: document, to, action: null, basis }, [evidence]);
}

const sessionId = (n: number) => `session/${String(n)}`;

/** The meeting with this ordinal introduced last, searched from the end (no copy of the list). */
function lastMeeting(c: SentenceContext, ordinal: number): ExtractedMeeting | undefined {
  for (let i = c.allMeetings.length - 1; i >= 0; i--) {
    const m = c.allMeetings[i];
    if (m?.ordinal === ordinal) return m;
  }
  return undefined;
}

/**
 * "The Group had before it a note by the Secretariat on … (…)": the words after "had before
 * it", which say what the document is; "" when the sentence has none.
 */
function afterBefore(text: string): string {
  for (const l of LANGUAGES) {
    const m = l.meeting.beforeConference.exec(text.toLowerCase());
    if (m) return text.slice(m.index + m[0].length).replace(/^\s*(?:an?|the)\s+/iu, '');
  }
  return '';
}

/** The kind of document the words right before a symbol name ("… the annotated provisional agenda ("). */
function kindBefore(before: string): ReturnType<typeof listedKind> {
  const clause =
    before
      .split(/[,;:]/u)
      .at(-1)
      ?.replace(/\(\s*$/u, '') ?? '';
  const words = clause.trim().split(/\s+/u);
  for (let k = Math.max(0, words.length - 6); k < words.length; k++) {
    const kind = listedKind(words.slice(k).join(' '));
    if (kind) return kind;
  }
  return null;
}

/** What kind of document a list item is by its opening words; null for a report or none. */
export function listedKind(
  item: string,
): 'PROVISIONAL_AGENDA' | 'NOTE' | 'BACKGROUND_PAPER' | null {
  const opening = item.trimStart().replace(LIST_MARK, '').trim().toLowerCase();
  // "National approaches to …: background paper prepared by the Secretariat": the kind after
  // the title.
  const afterTitle = /[:–—]\s*(.*)$/su.exec(opening)?.[1] ?? '';
  for (const text of [opening, afterTitle])
    for (const l of LANGUAGES) {
      const k = l.meeting.documentKinds;
      if (k.agenda.test(text)) return 'PROVISIONAL_AGENDA';
      if (k.paper.test(text)) return 'BACKGROUND_PAPER';
      if (k.note.test(text)) return 'NOTE';
    }
  return null;
}

function listedDocuments(
  c: SentenceContext,
  symbols: ReturnType<typeof findSymbols>,
  type: 'PROVISIONAL_AGENDA' | 'NOTE' | 'BACKGROUND_PAPER',
  evidence: ExtractedEvidence,
): void {
  const lower = c.text.toLowerCase();
  const before = LANGUAGES.some((l) => l.meeting.beforeConference.test(lower));
  // A meeting's report lists what the group had before it; a Conference's, what it had.
  const to = c.listedFor ?? c.ownMeeting ?? (c.session === undefined ? null : sessionId(c.session));
  for (const s of symbols) {
    c.documents.push({
      id: s.symbol,
      type,
      symbol: s.symbol,
      printedSymbol: s.printed,
      evidence: { paragraph: c.paragraph, context: 'PARAGRAPH', quote: s.printed },
      meetingId: null,
    });
    if ((before || c.listedFor) && to) submit(c, s.symbol, to, null, evidence);
  }
}
