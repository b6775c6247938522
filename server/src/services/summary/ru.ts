import type { EntityRecord, RelationRecord } from '../../domain/model.js';
import { MONTHS_RU_GENITIVE } from '../../domain/words.js';
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
  para: 'п.',
  paras: 'пп.',
  and: 'и',
  heading: 'заголовок',
  header: 'шапка документа',
  footnote: 'сноска',
  preamble: 'преамбула',
  reference: 'справочные данные',
  derived: 'выведено из нумерации',
  unnumbered: (n) => `${String(n)}-й абзац (без номера)`,
};
const ORDINALS = [
  '',
  'первая',
  'вторая',
  'третья',
  'четвертая',
  'пятая',
  'шестая',
  'седьмая',
  'восьмая',
  'девятая',
  'десятая',
];

// Russian inflects names; quoting the nominative after a generic noun ("орган «…»")
// keeps every sentence grammatical whatever the body is called.
const q = (e: EntityRecord | undefined) => `«${e?.nameRu ?? '?'}»`;

function mandateForms(e: EntityRecord | undefined): {
  nom: string;
  prep: string;
  instr: string;
  adopted: string;
} {
  if (e?.kind !== 'MANDATE') return { nom: q(e), prep: q(e), instr: q(e), adopted: 'принят' };
  return e.type === 'DECISION'
    ? {
        nom: `Решение ${e.number}`,
        prep: `решении ${e.number}`,
        instr: `решением ${e.number}`,
        adopted: 'принято',
      }
    : {
        nom: `Резолюция ${e.number}`,
        prep: `резолюции ${e.number}`,
        instr: `резолюцией ${e.number}`,
        adopted: 'принята',
      };
}

/** "(седьмая сессия, 2014 г., год по справочным данным)". */
function sessionNote(e: EntityRecord | undefined, ctx: Ctx): string {
  if (e?.kind !== 'MANDATE') return '';
  const s = ctx.byId.get(e.sessionId);
  if (s?.kind !== 'SESSION') return '';
  const ord = ORDINALS[s.number] ?? `${s.number}-я`;
  const year = s.year
    ? `, ${s.year} г.${yearIsReference(s) ? ', год по справочным данным' : ''}`
    : '';
  return ` (${ord} сессия${year})`;
}

function docName(e: EntityRecord | undefined): string {
  return e?.kind === 'DOCUMENT' && e.symbol ? e.symbol : q(e);
}

function sentence(r: RelationRecord, ctx: Ctx): string {
  const { from, to } = endpoints(r, ctx);
  const c = cite(r, WORDS);
  const m = mandateForms(from);
  const inMandate = `В ${m.prep}${sessionNote(from, ctx)} Конференция`;
  switch (r.type) {
    case 'CREATES':
      return from?.kind === 'MANDATE'
        ? `${inMandate} учредила орган ${q(to)} ${c}.`
        : `Документ ${q(from)} учредил орган ${q(to)} ${c}.`;
    case 'GOVERNS':
      switch (r.action) {
        case 'made a constant element':
          return `${inMandate} постановила, что орган ${q(to)} будет ее постоянным элементом ${c}.`;
        case 'urged to consider meeting annually':
          return `${inMandate} настоятельно рекомендовала органу ${q(to)} рассмотреть вопрос о проведении совещаний на ежегодной основе ${c}.`;
        case 'requested to convene':
          return `${inMandate} просила созвать совещание органа ${q(to)} ${c}.`;
        case 'requested to convene the expert group':
          return `${inMandate} просила орган ${q(to)} созвать совещание группы экспертов ${c}.`;
        case 'requested to present its results at the tenth session':
          return `${inMandate} просила представить ей результаты работы органа ${q(to)} на десятой сессии ${c}.`;
        default:
          return `${inMandate} приняла решение в отношении органа ${q(to)} ${c}.`;
      }
    case 'CONCERNS':
      return `${m.nom} касается документа ${q(to)} ${c}.`;
    case 'ADOPTED_AT':
      return `${m.nom} ${m.adopted} на сессии ${q(to)}${sessionNote(from, ctx)} ${c}.`;
    case 'SUPPLEMENTS':
      return `Документ ${q(from)} дополняет документ ${q(to)} ${c}.`;
    case 'CITES':
      return `${m.nom} ссылается на ${q(to)} ${c}.`;
    case 'SESSION_OF':
      return `${q(from)} — сессия органа ${q(to)} ${c}.`;
    case 'HOLDS': {
      const mt = to?.kind === 'MEETING' ? to : undefined;
      const when = mt ? dateRange(mt.startDate, mt.endDate, MONTHS_RU_GENITIVE, ' года') : null;
      const status =
        mt?.status === 'HELD'
          ? 'проведено'
          : `планируется провести (по состоянию на ${mt?.statusAsOf ?? 'дату документа'})`;
      return `Орган ${q(from)} проводит совещание ${q(to)}${when ? `: ${status} ${when}` : ''} ${c}.`;
    }
    case 'PRODUCES':
      return `Документ ${docName(to)} — доклад о работе совещания ${q(from)} ${c}.`;
    case 'SUBMITTED_TO': {
      const basis = r.basisId
        ? ` в соответствии с ${mandateForms(ctx.byId.get(r.basisId)).instr}`
        : '';
      // A background paper goes to its working group's meeting, a report to the Conference.
      return to?.kind === 'MEETING'
        ? `Документ ${docName(from)} представлен совещанию ${q(to)}${basis} ${c}.`
        : `Документ ${docName(from)} будет представлен Конференции на сессии ${q(to)}${basis} ${c}.`;
    }
    case 'REFERENCES':
      return `Документ ${docName(from)} ссылается на документ ${docName(to)} ${c}.`;
  }
}

export const ru: Phrasebook = {
  sentence,
  noCause: (s) => `В графе нет источника, который объясняет, почему существует ${q(s)}.`,
};
