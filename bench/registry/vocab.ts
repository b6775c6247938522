// Fixed word lists for the synthetic registry's English and Russian names. Russian forms are
// stored in the case each template needs (dative after «по», prepositional after «о»), so
// names are grammatical without a morphology library.
import { Rng } from './rng.js';

export interface Topic {
  en: string;
  /** Dative, after «по»: «Рабочая группа по торговле людьми». */
  ruDat: string;
}

// Subjects of working groups and expert groups; drawn without replacement within a conference.
export const TOPICS: readonly Topic[] = [
  { en: 'Trafficking in Persons', ruDat: 'торговле людьми' },
  { en: 'Smuggling of Migrants', ruDat: 'незаконному ввозу мигрантов' },
  { en: 'Firearms', ruDat: 'огнестрельному оружию' },
  { en: 'International Cooperation', ruDat: 'международному сотрудничеству' },
  { en: 'Technical Assistance', ruDat: 'технической помощи' },
  { en: 'Asset Recovery', ruDat: 'возвращению активов' },
  { en: 'Money Laundering', ruDat: 'отмыванию денег' },
  { en: 'Cybercrime', ruDat: 'киберпреступности' },
  { en: 'Wildlife Crime', ruDat: 'преступлениям против дикой природы' },
  { en: 'Marine Pollution', ruDat: 'загрязнению морской среды' },
  { en: 'Biodiversity', ruDat: 'биологическому разнообразию' },
  { en: 'Climate Finance', ruDat: 'финансированию климатической деятельности' },
  { en: 'Capacity-Building', ruDat: 'наращиванию потенциала' },
  { en: 'Compliance', ruDat: 'соблюдению' },
  { en: 'Scientific Assessment', ruDat: 'научной оценке' },
  { en: 'Hazardous Wastes', ruDat: 'опасным отходам' },
  { en: 'Traditional Knowledge', ruDat: 'традиционным знаниям' },
  { en: 'Desertification', ruDat: 'опустыниванию' },
  { en: 'Forests', ruDat: 'лесам' },
  { en: 'Water Resources', ruDat: 'водным ресурсам' },
  { en: 'Chemicals Management', ruDat: 'регулированию химических веществ' },
  { en: 'Public Health', ruDat: 'общественному здравоохранению' },
  { en: 'Data and Statistics', ruDat: 'данным и статистике' },
  { en: 'Gender Equality', ruDat: 'гендерному равенству' },
  { en: 'the Financial Mechanism', ruDat: 'финансовому механизму' },
  { en: 'Review of Implementation', ruDat: 'обзору хода осуществления' },
  { en: 'Legal Matters', ruDat: 'правовым вопросам' },
  { en: 'Transparency', ruDat: 'прозрачности' },
];

export interface Subject {
  en: string;
  /** Prepositional, after «о»: «Конвенция … о биологическом разнообразии». */
  ruPrep: string;
}

/** «о» or «об» before a prepositional phrase: «об отчетности», «о биобезопасности». */
export const about = (phrase: string): string =>
  `${/^[аоуэиАОУЭИ]/.test(phrase) ? 'об' : 'о'} ${phrase}`;

export const THEMES: readonly Subject[] = [
  { en: 'the Protection of the Marine Environment', ruPrep: 'защите морской среды' },
  { en: 'Biological Diversity', ruPrep: 'биологическом разнообразии' },
  { en: 'Transboundary Waters', ruPrep: 'трансграничных водах' },
  { en: 'Hazardous Chemicals', ruPrep: 'опасных химических веществах' },
  {
    en: 'Cooperation against Organized Crime',
    ruPrep: 'сотрудничестве против организованной преступности',
  },
  { en: 'Migratory Species', ruPrep: 'мигрирующих видах' },
  { en: 'Climate Change', ruPrep: 'изменении климата' },
  { en: 'Access to Information', ruPrep: 'доступе к информации' },
  { en: 'Air Pollution', ruPrep: 'загрязнении воздуха' },
  { en: 'Wetlands', ruPrep: 'водно-болотных угодьях' },
];

export const PROTOCOLS: readonly Subject[] = [
  { en: 'Liability and Redress', ruPrep: 'ответственности и возмещении' },
  { en: 'Emissions Reporting', ruPrep: 'отчетности о выбросах' },
  { en: 'Biosafety', ruPrep: 'биобезопасности' },
  { en: 'Dumping at Sea', ruPrep: 'сбросах в море' },
  { en: 'Heavy Metals', ruPrep: 'тяжелых металлах' },
  { en: 'Persistent Organic Pollutants', ruPrep: 'стойких органических загрязнителях' },
  { en: 'Trafficking in Persons', ruPrep: 'торговле людьми' },
  { en: 'Water and Health', ruPrep: 'проблемах воды и здоровья' },
];

export const PLACES = [
  'Vienna',
  'Geneva',
  'Nairobi',
  'Bonn',
  'Montreal',
  'New York',
  'Rome',
  'Bangkok',
  'Santiago',
  'Addis Ababa',
] as const;

/** GOVERNS actions a later mandate takes on an existing body, as the sentence states them. */
export const GOVERN_ACTIONS: readonly { action: string; verb: (body: string) => string }[] = [
  { action: 'extends', verb: (b) => `extended the mandate of ${b}` },
  { action: 'renews', verb: (b) => `renewed the mandate of ${b}` },
  { action: 'requests', verb: (b) => `requested ${b} to report on its work at the next session` },
  {
    action: 'made a constant element',
    verb: (b) => `decided that ${b} shall be a constant element of the Conference`,
  },
  {
    action: 'urged to consider meeting annually',
    verb: (b) => `urged ${b} to consider meeting annually`,
  },
];

const ORDINAL_EN = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
];
const ORDINAL_RU_FEM = [
  'Первая',
  'Вторая',
  'Третья',
  'Четвертая',
  'Пятая',
  'Шестая',
  'Седьмая',
  'Восьмая',
  'Девятая',
  'Десятая',
  'Одиннадцатая',
  'Двенадцатая',
  'Тринадцатая',
  'Четырнадцатая',
  'Пятнадцатая',
];

/** "Seventh" / «Седьмая» (a session), with numeric fallbacks past the lists. */
export function sessionOrdinal(n: number): { en: string; ru: string } {
  return { en: ORDINAL_EN[n - 1] ?? `${n}th`, ru: ORDINAL_RU_FEM[n - 1] ?? `${n}-я` };
}

// The conference's own word ("Kotira Convention"), unique per conference number: it is what
// keeps a full-text search for one conference's bodies bounded however many conferences
// exist. Consonant–vowel syllables, Latin and Cyrillic letter by letter; every word ends in
// "ra" so the English stemmer leaves it alone (no English suffix ends in "a").
const CONSONANTS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const CONSONANTS_RU = ['б', 'д', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'в', 'з'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const VOWELS_RU = ['а', 'е', 'и', 'о', 'у'];
const SYLLABLES = new Rng(20240611).shuffle(
  CONSONANTS.flatMap((c, i) =>
    VOWELS.map((v, j) => ({ en: c + v, ru: `${CONSONANTS_RU[i] ?? ''}${VOWELS_RU[j] ?? ''}` })),
  ),
);

export function conferenceWord(conference: number): { en: string; ru: string } {
  // Offset by one syllable count, so every word has at least two syllables before "ra".
  let n = conference - 1 + SYLLABLES.length;
  let en = 'ra';
  let ru = 'ра';
  while (n > 0) {
    const s = SYLLABLES[n % SYLLABLES.length];
    if (!s) throw new Error('syllable table');
    en = s.en + en;
    ru = s.ru + ru;
    n = Math.floor(n / SYLLABLES.length);
  }
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return { en: cap(en), ru: cap(ru) };
}
