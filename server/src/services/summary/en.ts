import type { EntityRecord, RelationRecord } from '../../domain/model.js';
import { MONTHS_EN, ORDINAL_WORDS_EN } from '../../domain/words.js';
import {
  cite,
  dateRange,
  endpoints,
  yearIsReference,
  type CiteWords,
  type Ctx,
  type Phrasebook,
} from './common.js';

const WORDS: CiteWords = {
  para: 'para.',
  paras: 'paras.',
  and: 'and',
  heading: 'heading',
  header: 'document header',
  footnote: 'footnote',
  preamble: 'preamble',
  reference: 'reference data',
  derived: 'derived from the numbering',
  unnumbered: (n) => `${ordinal(n)} paragraph (unnumbered)`,
};

/** "1st", "2nd", "3rd", "11th", "23rd". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${String(n)}${suffix}`;
}

function name(e: EntityRecord | undefined): string {
  if (!e) return 'an unknown entity';
  if (e.kind === 'MANDATE') return `${e.type.toLowerCase()} ${e.number}`;
  if (e.kind === 'DOCUMENT' && e.symbol) return e.symbol;
  // "Tenth session of the Conference…" is a label; in running text it is "the tenth session…".
  if (e.kind === 'SESSION') return `the ${e.nameEn.charAt(0).toLowerCase()}${e.nameEn.slice(1)}`;
  if (e.kind === 'BODY' || e.kind === 'INSTRUMENT') return `the ${e.nameEn}`;
  // "the 7th meeting of …"; a meeting known by its dates: "the meeting of …, 2–3 May 2018".
  if (e.kind === 'MEETING') return `the ${e.nameEn.charAt(0).toLowerCase()}${e.nameEn.slice(1)}`;
  return e.nameEn;
}

/** What a body holds: "its 7th meeting", or, without an ordinal, "a meeting". */
function heldMeeting(m: EntityRecord | undefined): string {
  if (m?.kind !== 'MEETING') return name(m);
  return m.ordinal === null ? 'a meeting' : `its ${m.nameEn.replace(/ of .*$/, '')}`;
}

/** "decision 4/4 (fourth session, 2008, reference data)". */
function mandate(e: EntityRecord | undefined, ctx: Ctx): string {
  if (e?.kind !== 'MANDATE') return name(e);
  const s = ctx.byId.get(e.sessionId);
  if (s?.kind !== 'SESSION') return name(e);
  const ord = ORDINAL_WORDS_EN[s.number] ?? `${s.number}th`;
  const year = s.year ? `, ${s.year}${yearIsReference(s) ? ', year from reference data' : ''}` : '';
  return `${name(e)} (${ord} session${year})`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(r: RelationRecord, ctx: Ctx): string {
  const { from, to } = endpoints(r, ctx);
  const c = cite(r, WORDS);
  const basis = r.basisId ? ` pursuant to ${name(ctx.byId.get(r.basisId))}` : '';
  switch (r.type) {
    case 'CREATES':
      return `${cap(mandate(from, ctx))} established ${name(to)} ${c}.`;
    case 'GOVERNS':
      switch (r.action) {
        case 'made a constant element':
          return `${cap(mandate(from, ctx))} made ${name(to)} a constant element of the Conference ${c}.`;
        case 'urged to consider meeting annually':
          return `${cap(mandate(from, ctx))} urged ${name(to)} to consider meeting annually ${c}.`;
        case 'requested to convene':
          return `${cap(mandate(from, ctx))} requested that ${name(to)} be convened ${c}.`;
        case 'requested to convene the expert group':
          return `${cap(mandate(from, ctx))} requested ${name(to)} to convene the expert group ${c}.`;
        case 'requested to present its results at the tenth session':
          return `${cap(mandate(from, ctx))} asked for the results of ${name(to)} to be presented at the tenth session ${c}.`;
        default:
          return `${cap(mandate(from, ctx))} governs ${name(to)}: ${r.action ?? 'no action stated'} ${c}.`;
      }
    case 'CONCERNS':
      return `${cap(name(from))} concerns ${name(to)} ${c}.`;
    case 'ADOPTED_AT':
      return `${cap(name(from))} was adopted at ${mandate(from, ctx)
        .replace(/^[^(]*\(/, 'the ')
        .replace(/\)$/, '')} ${c}.`;
    case 'SUPPLEMENTS':
      return `${cap(name(from))} supplements ${name(to)} ${c}.`;
    case 'CITES':
      return `${cap(name(from))} recalls ${name(to)} ${c}.`;
    case 'SESSION_OF':
      return `${cap(name(from))} is a session of ${name(to)} ${c}.`;
    case 'HOLDS': {
      const m = to?.kind === 'MEETING' ? to : undefined;
      const when = m ? dateRange(m.startDate, m.endDate, MONTHS_EN, '') : null;
      const status =
        m?.status === 'HELD' ? 'held' : `planned, as of ${m?.statusAsOf ?? 'the document date'}`;
      return `${cap(name(from))} holds ${heldMeeting(to)}${when ? ` (${when}, ${status})` : ''} ${c}.`;
    }
    case 'PRODUCES':
      return `${cap(name(to))} is the report of ${name(from)} ${c}.`;
    case 'SUBMITTED_TO':
      return `${cap(name(from))} goes to ${name(to)}${basis} ${c}.`;
    case 'REFERENCES':
      return `${cap(name(from))} refers to ${name(to)}${r.action ? ` (${r.action})` : ''} ${c}.`;
  }
}

export const en: Phrasebook = {
  sentence,
  noCause: (s) => `No source in the graph says why ${name(s)} exists.`,
};
