// Labels composed by Mandate Lineage (marked DERIVED wherever they are stored).
import { ORDINAL_WORDS_RU_FEMININE_OBLIQUE } from '../domain/words.js';
const NOM = [
  '',
  'Первое',
  'Второе',
  'Третье',
  'Четвертое',
  'Пятое',
  'Шестое',
  'Седьмое',
  'Восьмое',
  'Девятое',
  'Десятое',
  'Одиннадцатое',
  'Двенадцатое',
  'Тринадцатое',
  'Четырнадцатое',
  'Пятнадцатое',
  'Шестнадцатое',
  'Семнадцатое',
  'Восемнадцатое',
  'Девятнадцатое',
  'Двадцатое',
];
const GEN = [
  '',
  'первого',
  'второго',
  'третьего',
  'четвертого',
  'пятого',
  'шестого',
  'седьмого',
  'восьмого',
  'девятого',
  'десятого',
  'одиннадцатого',
  'двенадцатого',
  'тринадцатого',
  'четырнадцатого',
  'пятнадцатого',
  'шестнадцатого',
  'семнадцатого',
  'восемнадцатого',
  'девятнадцатого',
  'двадцатого',
];

export function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "the Working Group on Firearms", but "the open-ended intergovernmental expert group …". */
export function withThe(nameEn: string): string {
  return /^(the|a)\s/i.test(nameEn)
    ? nameEn
    : `the ${/^[A-Z][a-z]+-/.test(nameEn) ? nameEn.charAt(0).toLowerCase() + nameEn.slice(1) : nameEn}`;
}

// The head of a body's Russian name and the adjectives before it, nominative -> genitive.
const HEAD_GENITIVE: [RegExp, string][] = [
  [/^групп(а)$/iu, 'ы'],
  [/^конференци(я)$/iu, 'и'],
  [/^комисси(я)$/iu, 'и'],
];
// "рабочая" -> "рабочей" (after ж, ч, ш, щ, ц), "временная" -> "временной", "средняя" -> "средней".
const ADJECTIVE_GENITIVE: [RegExp, string][] = [
  [/(?<=[жчшщц])(ая)$/u, 'ей'],
  [/(ая)$/u, 'ой'],
  [/(яя)$/u, 'ей'],
];

/**
 * A body's Russian name (nominative, as the reference data and proposals hold it) after
 * "совещание …" / "доклад о работе … совещания …": "Рабочая группа по огнестрельному оружию"
 * -> "Рабочей группы по огнестрельному оружию". Only the head noun and the adjectives before
 * it decline (and a participle set off by a comma after it); a name whose head this does not
 * know is kept as it is.
 */
export function ruGenitive(name: string): string {
  const words = name.split(' ');
  const head = words.findIndex((w) => HEAD_GENITIVE.some(([re]) => re.test(w)));
  if (head < 0 || head > 3) return name;
  const declined = words.map((w, i) => {
    // A participle after a comma agrees with the head: "…, учрежденная" -> "…, учрежденной".
    const agrees = i > head && (words[i - 1] ?? '').endsWith(',');
    if (i > head && !agrees) return w;
    const rules = i === head ? HEAD_GENITIVE : ADJECTIVE_GENITIVE;
    for (const [re, ending] of rules) {
      const m = re.exec(w);
      if (m?.[1]) return w.slice(0, w.length - m[1].length) + ending;
    }
    return w;
  });
  return declined.join(' ');
}

export function meetingNames(
  n: number,
  bodyEn: string,
  bodyRuGenitive: string,
): { en: string; ru: string } {
  return {
    en: `${ordinalEn(n)} meeting of ${withThe(bodyEn)}`,
    ru: `${NOM[n] ?? `${n}-е`} совещание ${bodyRuGenitive}`,
  };
}

export function reportNames(
  n: number,
  bodyEn: string,
  bodyRuGenitive: string,
): { en: string; ru: string } {
  return {
    en: `Report on the ${ordinalEn(n)} meeting of ${withThe(bodyEn)}`,
    ru: `Доклад о работе ${GEN[n] ?? `${n}-го`} совещания ${bodyRuGenitive}`,
  };
}

/** "Text of resolution 9/1" / "Текст резолюции 9/1". */
export function mandateTextNames(
  type: 'RESOLUTION' | 'DECISION',
  number: string,
): { en: string; ru: string } {
  return type === 'RESOLUTION'
    ? { en: `Text of resolution ${number}`, ru: `Текст резолюции ${number}` }
    : { en: `Text of decision ${number}`, ru: `Текст решения ${number}` };
}

export function agendaNames(session: number | null): { en: string; ru: string } {
  if (session === null) return { en: 'Provisional agenda', ru: 'Предварительная повестка дня' };
  return {
    en: `Provisional agenda of the ${ordinalEn(session)} session`,
    ru: `Предварительная повестка дня ${ORDINAL_WORDS_RU_FEMININE_OBLIQUE[session] ?? `${session}-й`} сессии`,
  };
}
