// The treaty bodies whose documents the project reads, as data. Each document belongs to one
// conference (its masthead, symbol or text says which), and every entity it introduces is
// scoped by that conference's id prefix: UNTOC's Conference of the Parties came first and keeps
// the unprefixed ids the graph, its deep links and notebooks have always used
// (`resolution/5/4`); any other conference's ids start with its code (`uncac/resolution/3/1`).
// Adding a conference is one entry here (and its recognisers per language).
import type { LangCode } from './model.js';

export interface Conference {
  code: string;
  /** What every id of its entities starts with ('' for UNTOC's, whose ids predate scoping). */
  idPrefix: string;
  /** The conference's name by language, where a public source gives it. */
  names: Partial<Record<LangCode, string>>;
  /** A short tag added to composed names of its texts and sessions ("Resolution 3/1 (UNCAC)"). */
  tag: string | null;
  /** The convention it serves: its id (scoped) and names. */
  convention: { id: string; names: Partial<Record<LangCode, string>> };
  /** The opening of its documents' symbols ("CTOC/COP/2020/1", "CAC/COSP/IRG/2016/9"). */
  symbolPrefixes: readonly string[];
  /** Phrases of the convention's name that say a text is this conference's, lower-cased, by language. */
  recognisers: Partial<Record<LangCode, readonly string[]>>;
  /** Where the names and symbols were taken from. */
  sources: readonly string[];
  /**
   * Its own subsidiary bodies that public sources name, by their id within the conference
   * (`body/implementation-review-group`, scoped as `uncac/body/…`): a document that names one
   * in any language gives that body, not a proposal under its words. (UNTOC's are in
   * data/reference.json.)
   */
  bodies: readonly ConferenceBody[];
}

export interface ConferenceBody {
  id: string;
  type: 'WORKING_GROUP' | 'EXPERT_GROUP';
  names: Record<LangCode, string>;
  /** Where each name was read. */
  sources: readonly string[];
}

export const CONFERENCES: readonly Conference[] = [
  {
    code: 'untoc',
    idPrefix: '',
    names: {
      en: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      ru: 'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
    },
    tag: null,
    convention: {
      id: 'instrument/untoc',
      names: {
        en: 'United Nations Convention against Transnational Organized Crime',
        ru: 'Конвенция Организации Объединенных Наций против транснациональной организованной преступности',
      },
    },
    symbolPrefixes: ['CTOC/COP'],
    recognisers: {
      en: ['convention against transnational organized crime'],
      ru: ['против транснациональной организованной преступности'],
    },
    sources: ['https://unodc.org/unodc/en/treaties/CTOC/CTOC-COP-session2-decisions.html'],
    bodies: [],
  },
  {
    code: 'uncac',
    idPrefix: 'uncac/',
    names: {
      en: 'Conference of the States Parties to the United Nations Convention against Corruption',
    },
    tag: 'UNCAC',
    convention: {
      id: 'uncac/instrument/uncac',
      names: {
        en: 'United Nations Convention against Corruption',
        ru: 'Конвенция Организации Объединенных Наций против коррупции',
      },
    },
    symbolPrefixes: ['CAC/COSP'],
    recognisers: {
      en: ['convention against corruption'],
      ru: ['против коррупции'],
    },
    sources: [
      'https://readkong.com/page/conference-of-the-states-parties-to-the-united-nations-7193763',
      'http://unodc.org/unodc/en/treaties/CAC/IRG-sessions.html',
      'https://hmong.ru/wiki/United_Nations_Convention_against_Corruption',
    ],
    bodies: [
      {
        // Established by UNCAC resolution 3/1 (Doha, 2009) with the review mechanism's terms of
        // reference.
        id: 'body/implementation-review-group',
        type: 'WORKING_GROUP',
        names: { en: 'Implementation Review Group', ru: 'Группа по обзору хода осуществления' },
        sources: [
          'http://unodc.org/unodc/en/treaties/CAC/IRG-sessions.html',
          'https://pdfslide.tips/documents/-caccospirg20169-2.html',
        ],
      },
    ],
  },
];

/** UNTOC's Conference: the one a document is read for when it names none. */
export const HOME_CONFERENCE: Conference = CONFERENCES[0] as Conference;

/** The conference an entity id belongs to, by its prefix (symbols and unprefixed ids: UNTOC's). */
export function conferenceOfId(id: string): Conference {
  return CONFERENCES.find((c) => c.idPrefix !== '' && id.startsWith(c.idPrefix)) ?? HOME_CONFERENCE;
}

/** An id without its conference's prefix: `uncac/session/9` → `session/9`. */
export function unscopedId(id: string): string {
  const c = conferenceOfId(id);
  return c.idPrefix ? id.slice(c.idPrefix.length) : id;
}

/** The conference whose symbols start so ("CAC/COSP/2021/3"), if any. */
export function conferenceOfSymbol(symbol: string): Conference | null {
  const s = symbol.toUpperCase();
  return CONFERENCES.find((c) => c.symbolPrefixes.some((p) => s.startsWith(`${p}/`))) ?? null;
}
