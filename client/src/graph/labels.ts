// What a node is called in the graph: short enough to read at a glance, because the official
// names run to 140 characters ("Mechanism for the Review of the Implementation of …"). The
// details panel, the table and every export keep the full names. Pure: the same entity and
// language give the same label.
import { formatDateRange } from '../i18n/dates';
import type { Lang } from '../state/view-state';
import { nodeName, type GraphNode } from './subgraph';

/** A name longer than this is replaced by a shorter alias when one exists. */
export const LONG_NAME = 45;
/** Aliases shorter than this are acronyms ("COP", "УНП ООН"): clear to insiders only. */
const MIN_ALIAS = 10;

const EN_SUFFIX = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** "7th session", "7-я сессия"; "7th meeting", "7-е совещание" (Russian ordinal endings). */
export function ordinalLabel(kind: 'session' | 'meeting', n: number, lang: Lang): string {
  if (lang === 'ru') return kind === 'session' ? `${n}-я сессия` : `${n}-е совещание`;
  return `${n}${EN_SUFFIX(n)} ${kind}`;
}

/**
 * A meeting without its body's name: "7th meeting", or, for one its documents identify by its
 * dates only (no ordinal), "Meeting, 2–3 May 2018" / "Совещание 2–3 мая 2018 г.".
 */
export function meetingLabel(
  m: { ordinal?: number | null; startDate?: string | null; endDate?: string | null },
  lang: Lang,
): string {
  if (typeof m.ordinal === 'number') return ordinalLabel('meeting', m.ordinal, lang);
  const word = lang === 'ru' ? 'Совещание' : 'Meeting';
  if (!m.startDate) return word;
  const dates = formatDateRange(m.startDate, m.endDate, lang);
  return lang === 'ru' ? `${word} ${dates}` : `${word}, ${dates}`;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The name, or for a long one the first readable alias in the same language that is shorter
 * (aliases come in the reference data's order of preference).
 */
export function shortName(n: GraphNode, lang: Lang): string {
  const name = collapse(nodeName(n, lang));
  if (name.length <= LONG_NAME) return name;
  const alias = (lang === 'ru' ? n.aliasesRu : n.aliasesEn)
    .map(collapse)
    .find((a) => a.length >= MIN_ALIAS && a.length < name.length);
  return alias ? capitalise(alias) : name;
}

/**
 * The graph label: a document by its symbol, a session or a meeting by its ordinal (the link
 * to its body or Conference says whose), a meeting with its year (or its dates, when it has no
 * ordinal), anything else by its short name.
 */
export function graphLabel(n: GraphNode, lang: Lang): string {
  if ('symbol' in n && n.symbol) return n.symbol;
  if ('sessionNumber' in n) return ordinalLabel('session', n.sessionNumber, lang);
  if ('ordinal' in n) {
    // A dated meeting's label already gives its dates.
    if (n.ordinal === null) return meetingLabel(n, lang);
    const year = n.startDate?.slice(0, 4);
    const label = ordinalLabel('meeting', n.ordinal, lang);
    return year ? `${label}, ${year}` : label;
  }
  return shortName(n, lang);
}
