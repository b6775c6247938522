// Russian: UN Russian's verbs (their stems cover the forms: учредила, учреждена, учрежден…),
// meeting words, months, ordinals, mandate words and front-matter lines.
import { MONTHS_RU_GENITIVE } from '../../domain/words.js';
import { printedDateRange } from './date-range.js';
import type { LanguageRules } from './types.js';

const ORDINAL_STEMS: [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
  ['сороков', 40],
  ['пятидесят', 50],
  ['шестидесят', 60],
  ['семидесят', 70],
  ['восьмидесят', 80],
  ['девяност', 90],
];
// The tens before a unit's ordinal: "сорок девятая", "девяносто седьмой".
const TENS_RU: Record<string, number> = {
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
};
// Longest stem first: "пятнадцатое" is 15, not 5.
const BY_LENGTH = [...ORDINAL_STEMS].sort((a, b) => b[0].length - a[0].length);
// All genders, numbers and cases of a hard-stem adjective; "третий" declines softly.
const HARD = 'ый|ой|ая|ое|ые|ого|ому|ым|ом|ую|ых|ыми';
const SOFT_THIRD = 'ий|ья|ье|ьи|ьего|ьей|ьему|ьим|ьем|ью|ьих|ьими';
// The demonstratives of a back-reference. Forms of "тот" need "же" ("той же резолюции"):
// alone they are too often something else ("то решение" in "если…, то решение…").
const THIS =
  'эт(?:от|а|о|ой|ого|ому|им|ом|у|и|их|ими)|(?:дан|указан|упомянут|вышеупомянут)(?:н)?(?:ый|ая|ое|ой|ого|ому|ым|ом|ую|ые|ых|ыми)|настоящ(?:ий|ая|ее|ей|его|ему|им|ем|ую|ие|их|ими)';
const THAT = 'т(?:от|а|ой|ого|ому|ем|ом|у|е|ех|еми)';
// The line under a background paper's title (the note line's sibling).
const PAPER_LINE = 'Справочный документ,? подготовленный Секретариатом';
const dates = (start: string, end: string) =>
  printedDateRange(start, end, MONTHS_RU_GENITIVE, ' года');
// The Russian demonstratives agree by ending: one pattern serves both numbers.
const BACK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${THIS})(?:\\s+же)?|(?:${THAT})\\s+же)\\s+$`,
  'iu',
);

export const ru: LanguageRules = {
  code: 'ru',
  cues: {
    // "создать … совещание" is convening, not creating.
    creates: [
      /учредил|учредить|учрежд[её]н|учреждени[ея]\s+(?!механизма)/u,
      /(?<!\p{L})создал[аио]?(?!\p{L})(?!.*совещани)|(?<!\p{L})создан[аоы]?(?!\p{L})/u,
    ],
    constantElement: [/постоянн\p{L}*\s+элемент/u],
    interim: [/(?<!\p{L})временн\p{L}*|(?<!\p{L})специальн\p{L}*\s+комитет/u],
    urged: [/рекомендовал|рекомендует|призвал|призывает|предложил|предлагает/u],
    annually: [/ежегодн/u],
    convene: [/прос(?:ил|ит)\p{L}*[^.]*(?<!\p{L})(созда|созв|провести)\p{L}*[^.]*совещани/u],
    presentResults: [
      /прос(?:ил|ит)\p{L}*[^.]*представить[^.]*результат/u,
      /прос(?:ил|ит)\p{L}*[^.]*представить[^.]*(?<!\p{L})(доклад|рекомендаци)\p{L}*[^.]*сесси/u,
      // "представить Конференции на ее тринадцатой сессии доклад о своей работе"
      /прос(?:ил|ит)\p{L}*[^.]*представить[^.]*сесси\p{L}*[^.]*(?<!\p{L})(доклад|рекомендаци)/u,
    ],
    launch: [
      /(?<!\p{L})(постановил|постановляет|решил|решает)\p{L}*[^.]*?(?<!\p{L})(начать|приступить|развернуть|инициировать|возобновить)(?!\p{L})/u,
    ],
    decision: [
      /(?<!\p{L})(постановил|постановляет|решил|решает|учредил|учрежда|учрежд[её]н|просил|просит|призвал|призывает|рекомендовал|рекомендует|предложил|предлагает|поручил|поручает|одобрил|одобряет|утвердил|утверждает|продлил|продлевает|упразднил)/u,
    ],
    supplements: [/дополняющ/u],
    report: [/доклад/u],
    respectively: [/соответственно/u],
    expertGroup: [/(?<!\p{L})групп\p{L}*\s+(?:правительственных\s+)?эксперт/u],
    request: [
      /(?<!\p{L})(?:просил|просит|проси|предложил|предлагает|призвал|призывает|поручил|поручает|рекомендовал|рекомендует)/u,
    ],
    decide: [
      /(?<!\p{L})(?:постановил|постановляет|решил|решает|одобрил|одобряет|продлил|продлевает|утвердил|утверждает)/u,
    ],
    recalls: [
      /(?<!\p{L})(?:сослал|ссылаясь|сославшись|напомнил|напоминая|подтвердил|подтверждая|вновь заявил|отметил|отмечая|принял\p{L}*\s+к\s+сведению|принимая\s+к\s+сведению|приветствовал|приветствуя)/u,
    ],
  },
  backReference:
    /(?<!\p{L})(?:(?:Рабоч|Экспертн)\p{L}*\s+групп|Групп)\p{L}*(?!\s+(?:по|экспертов)(?!\p{L}))(?!\p{L})/u,
  meeting: {
    planned:
      /планир|запланирован|намечен|намечает|будет проведено|будут проведены|предполагается провести|состоится|состоятся|пройд[её]т|пройдут/u,
    held: /провел[аио]?(?!\p{L})|провели(?!\p{L})|проведен[оаы]?(?!\p{L})|состоял[оа]?сь|состоялись|прошл[оаи]?(?!\p{L})/u,
    met: /(?<!\p{L})(?:собрал\p{L}*|соберется|провел\p{L}*\s+(?:сво\p{L}*\s+)?совещание|проведет\s+(?:сво\p{L}*\s+)?совещание)(?!\p{L})/u,
    samePlace: /там же/u,
    vienna: /в вене(?!\p{L})/u,
  },
  frontMatter: {
    noteLine: `(?:Записка|Доклад) (?:Секретариата|Генерального секретаря)|${PAPER_LINE}`,
    paperLine: PAPER_LINE,
    agendaItems: 'Пункты?',
    agendaOf: 'предварительной повестки дня',
    session: 'сессия|сессии|сессию|сессией',
    original: 'Язык оригинала',
  },
  words: {
    months: MONTHS_RU_GENITIVE,
    dates: {
      from: String.raw`(?<![\p{L}\p{N}])с\s+`,
      to: String.raw`\s*[-–—]\s*|\s+по\s+`,
      and: String.raw`\s+и\s+`,
      afterYear: String.raw`\s+(?:года(?![\p{L}\p{N}])|г\.)`,
    },
    monthFirst: false,
    ordinal: {
      word: `(?:${BY_LENGTH.map(([stem]) => stem).join('|')})(?:${HARD})|трет(?:${SOFT_THIRD})`,
      tens: Object.keys(TENS_RU).join('|'),
    },
    tensValue: (word) => TENS_RU[word.toLowerCase()] ?? 0,
    ordinalValue(word) {
      const w = word.toLowerCase().replace(/ё/g, 'е');
      if (w.startsWith('трет')) return 3;
      return BY_LENGTH.find(([stem]) => w.startsWith(stem))?.[1] ?? 0;
    },
    nouns: {
      meeting: 'совещани(?:е|я|ю|ем|и|й|ях|ям|ями)',
      session: 'сесси(?:я|и|ю|ей|й|ях|ям|ями)',
    },
    languages: {
      en: 'английский',
      ru: 'русский',
      fr: 'французский',
      es: 'испанский',
      ar: 'арабский',
      zh: 'китайский',
    },
  },
  mandateWords: {
    RESOLUTION: 'резолюци(?:я|и|ю|ей|ий|ях|ям|ями)',
    DECISION: 'решени(?:е|я|ю|ем|и|й|ях|ям|ями)',
    backSingular: BACK,
    backPlural: BACK,
    // Russian names the organ after the number.
    otherOrganBefore: /(?!)/u,
    otherOrganAfter:
      /^\s+(?:Генеральной\s+Ассамблеи|Совета\s+Безопасности|Экономического\s+и\s+Социального\s+Совета)/iu,
    subject: /(?<!\p{L})конференция(?!\p{L})/iu,
    atSession: /(?<!\p{L})(?:принят\p{L}*\s+на(?:\s+(?:своей|ее|её))?|на\s+(?:своей|ее|её))\s+$/iu,
    // Russian has no articles: a convention still to be written is written in lower case.
    indefiniteBefore: /(?!)/u,
    articleBefore: /(?<!\p{L})стат\p{L}*\s+\d+[^.;]{0,60}?$/iu,
    relative:
      /^(?:\s+от\s+[^,]{4,40})?\s*,\s*(?:которой|которым|в которой|в соответствии с которой|согласно которой)(?!\p{L})/iu,
  },
  // "Доклад о работе совещания Рабочей группы …", "Доклад Рабочей группы … о работе ее совещания …".
  unnamedGroup: {
    phrase:
      /(?<!\p{L})((?:[\p{Ll}-]+(?:ую|юю|ая|яя)\s+){0,4}рабоч(?:ую|ая)\s+групп[уа](?:\s+(?:правительственных\s+)?экспертов)?(?:\s+открытого\s+состава)?)(?!\p{L})/u,
    // The accusative the verb takes ("учредить … рабочую группу"), read as the nominative.
    name: (phrase) => {
      const n = phrase
        .replace(/ую(?=\s|$)/gu, 'ая')
        .replace(/юю(?=\s|$)/gu, 'яя')
        .replace(/группу(?=\s|$)/u, 'группа');
      return n.charAt(0).toUpperCase() + n.slice(1);
    },
  },
  conventionNoun: /(?<!\p{L})(?:конвенц|протокол|договор|соглашени)\p{L}*/iu,
  conferenceOf: /конференци\p{L}*\s+(?:государств\p{L}*\s*[-–—]?\s*)?участник\p{L}*\s+/iu,
  // A working group calls its meetings sessions too: "Доклад … о работе ее седьмой сессии".
  meetingReportTitle:
    /^доклад о работе (?:[\p{L}-]+ ){0,2}(?:совещания|сессии) |^доклад .{5,200}? о работе (?:ее|её|его) (?:[\p{L}-]+ ){0,2}(?:совещания|сессии)/iu,
  submittedTo: /(?<!\p{L})(?:представ|направ|рассмотрени)\p{L}*[^.]*(?<!\p{L})сесси/u,
  pronounBack:
    /(?<!\p{L})(?:е[её]|его|ей|им|их|(?:эт|данн)\p{L}*\s+(?:групп|орган|механизм)\p{L}*)(?!\p{L})/iu,
  clauseJoin:
    /(?:;\s*(?:и\s+)?|,?\s+(?:и|а\s+также)\s+)(?:(?:она|конференция)\s+)?(?:также\s+)?$/iu,
  presentDocument: /(?<!\p{L})(?:настоящ|данн)\p{L}*\s+(?:доклад|документ|записк)/u,
  names: {
    note: 'Записка Секретариата',
    backgroundPaper: 'Справочный документ',
    ofDate: (name, date) => `${name} от ${date}`,
    titled: (name, title) => `${name}: ${title}`,
    // The body in the genitive ("Рабочей группы …"); neutral on status (a paper's meeting may be planned).
    datedMeeting: (body, start, end) => `Совещание ${body} ${dates(start, end)}`,
    datedMeetingReport: (body, start, end) =>
      `Доклад о работе совещания ${body}, состоявшегося ${dates(start, end)}`,
    paperFor: (name, body, start, end) => `${name} для совещания ${body} ${dates(start, end)}`,
    report: 'Доклад',
  },
  mandateText: {
    title: { RESOLUTION: 'Резолюция', DECISION: 'Решение' },
    actor: /^конференция участников(?!\p{L}).*[,:]$/su,
    cites:
      /^(?:ссылаясь|вновь подтверждая|подтверждая|вновь заявляя|отмечая|принимая во внимание|принимая к сведению|памятуя|учитывая|приветствуя|признавая|напоминая|рассмотрев|руководствуясь|подчеркивая|выражая|будучи|с удовлетворением|с озабоченностью|с признательностью)(?!\p{L})/u,
    // A session's page writes its decisions in the past tense: "в) постановила учредить …".
    creates:
      /^(?:постановляет|постановила|решает|решила)\s+(?:учредить|создать)(?!\p{L})|^учреждает(?!\p{L})/u,
    opening: /^конференция участников(?!\p{L})/u,
    // Russian texts letter their clauses in Cyrillic ("а)", "б)") or, copied, in Latin.
    lettered: /^\(?([а-яa-z])\)\s+(?=\S)/u,
    operativeCites:
      /^(?:(?:вновь|также) )?(?:подтвер(?:ждает|дила)|ссылается|напомина(?:ет|ла)|отмеча(?:ет)|отметила|принима(?:ет|ла) к сведению|приняла к сведению)(?!\p{L})/u,
  },
  sessionRecord: {
    reportTitle:
      /^доклад конференции участников(?!\p{L}).{0,200}?(?<!\p{L})о работе (?:ее|её)(?!\p{L}).{0,40}?сесси/iu,
    // "приняла следующие решения", "приняла перечисленные ниже решения".
    adoptedList:
      /(?<!\p{L})приняла\s+(?:следующие|(?:перечисленные|приводимые|указанные)\s+ниже)(?!\p{L})/iu,
  },
};
