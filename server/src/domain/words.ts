// Calendar and ordinal words shared by ingestion (reading) and summaries (writing), so the
// two can never disagree about a month's name.
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** Russian month names in the genitive, as dates are written ("9 сентября 2019 года"). */
export const MONTHS_RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;
/** English ordinal words; index = number (index 0 unused). */
export const ORDINAL_WORDS_EN = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
] as const;
/**
 * Russian feminine ordinals in the oblique cases, which share one form: "на десятой сессии"
 * (prepositional), "повестка дня десятой сессии" (genitive); index = number (index 0 unused).
 */
export const ORDINAL_WORDS_RU_FEMININE_OBLIQUE = [
  '',
  'первой',
  'второй',
  'третьей',
  'четвертой',
  'пятой',
  'шестой',
  'седьмой',
  'восьмой',
  'девятой',
  'десятой',
  'одиннадцатой',
  'двенадцатой',
  'тринадцатой',
  'четырнадцатой',
  'пятнадцатой',
  'шестнадцатой',
  'семнадцатой',
  'восемнадцатой',
  'девятнадцатой',
  'двадцатой',
] as const;
