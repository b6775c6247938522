// What a mandate does to a body, or what a document refers to, in both languages, in one
// place. The English form is the stored key (it is part of a GOVERNS relation's id), so
// ingestion writes it through these helpers and the API renders either language from it:
// Russian is never a translation of free text, only of these known forms.
import type { LangCode } from './model.js';
import { ORDINAL_WORDS_EN, ORDINAL_WORDS_RU_FEMININE_OBLIQUE } from './words.js';

/** The fixed actions; Russian reads from the mandate's side, like the relation verbs. */
export const ACTIONS = {
  established: { en: 'established', ru: 'учреждает' },
  establishedConstant: {
    en: 'established as a constant element',
    ru: 'учреждает как постоянный элемент',
  },
  madeConstant: { en: 'made a constant element', ru: 'делает постоянным элементом' },
  convene: { en: 'requested to convene', ru: 'просит созвать совещание' },
  conveneExperts: {
    en: 'requested to convene the expert group',
    ru: 'просит созвать совещание группы экспертов',
  },
  presentResults: { en: 'requested to present its results', ru: 'просит представить результаты' },
  urgedAnnually: {
    en: 'urged to consider meeting annually',
    ru: 'рекомендует рассмотреть ежегодные совещания',
  },
  launched: { en: 'launched a process within', ru: 'начинает процесс в рамках' },
  /** A request that no action above names ("requested … to continue its work"). */
  requested: { en: 'requested', ru: 'просит' },
  /** A decision about a body that no action above names ("decided that … shall continue"). */
  decided: { en: 'decided', ru: 'постановляет' },
  agenda: { en: 'provisional agenda', ru: 'предварительная повестка дня' },
  /** A text document to the resolution or decision it is the text of. */
  textOf: { en: 'its text', ru: 'его текст' },
} as const;

/** "requested to present its results at the tenth session" (the session when named). */
export function presentResultsAction(session: number | null): string {
  if (session === null) return ACTIONS.presentResults.en;
  return `${ACTIONS.presentResults.en} at the ${ORDINAL_WORDS_EN[session] ?? numeralOrdinal(session)} session`;
}

// English ordinal suffixes by CLDR's plural rules: 21st, 22nd, 93rd, 111th.
const SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const numeralOrdinal = (n: number): string => `${String(n)}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;

/** "provisional agenda items 2, 4 and 5", "provisional agenda item 3". */
export function agendaItemsAction(items: readonly number[]): string {
  const list =
    items.length < 2
      ? items.join('')
      : `${items.slice(0, -1).join(', ')} and ${String(items.at(-1))}`;
  return `${ACTIONS.agenda.en} ${items.length === 1 ? 'item' : 'items'} ${list}`;
}

const PRESENT_AT = new RegExp(`^${ACTIONS.presentResults.en} at the (\\w+) session$`);
const AGENDA_ITEMS = new RegExp(`^${ACTIONS.agenda.en} items? ([\\d, ]+(?: and \\d+)?)$`);

function russian(action: string): string | null {
  const fixed = Object.values(ACTIONS).find((a) => a.en === action);
  if (fixed) return fixed.ru;
  const at = PRESENT_AT.exec(action)?.[1];
  if (at) {
    const n = (ORDINAL_WORDS_EN as readonly string[]).indexOf(at);
    const parsed = n > 0 ? n : Number.parseInt(at, 10);
    if (!Number.isFinite(parsed)) return null;
    const ord = ORDINAL_WORDS_RU_FEMININE_OBLIQUE[parsed] ?? `${parsed}-й`;
    return `${ACTIONS.presentResults.ru} на ${ord} сессии`;
  }
  const items = AGENDA_ITEMS.exec(action)?.[1];
  if (items) {
    const many = /[, ]/.test(items);
    return `${many ? 'пункты' : 'пункт'} ${items.replace(' and ', ' и ')} предварительной повестки дня`;
  }
  return null;
}

/**
 * A stored action in the given language. An action this module does not know (written by
 * another tool) has no Russian form: null then, so a caller can fall back to the relation
 * type rather than show English.
 */
export function actionText(action: string, lang: LangCode): string | null {
  return lang === 'en' ? action : russian(action);
}
