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
