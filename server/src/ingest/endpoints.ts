// A new document may name a session or a mandate the reference data does not have yet
// (a later session's resolution). Their ids say what they are (`session/11`,
// `resolution/11/2`), so they are created from the id, labelled as derived, and linked to
// their session by the N/M numbering — never guessed from anything else.
import type {
  EntityRecord,
  MandateRecord,
  RelationRecord,
  SessionRecord,
} from '../domain/model.js';
import { relationId } from '../domain/model.js';
import { adoptedAtSessionNote, NOTES } from '../domain/notes.js';
import type { DocumentMeta } from './types.js';
import { ordinalEn } from './labels.js';
import { ORDINAL_WORDS_EN, ORDINAL_WORDS_RU_FEMININE_OBLIQUE } from '../domain/words.js';
import {
  conferenceOfId,
  HOME_CONFERENCE,
  unscopedId,
  type Conference,
} from '../domain/conferences.js';

const FROM_ID = {
  source: 'DERIVED' as const,
  note: NOTES.fromId.en,
};

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * "Eleventh session of the Conference of the Parties" / "Одиннадцатая сессия Конференции
 * участников", as the reference data names sessions (the feminine nominative made from the
 * oblique form: "одиннадцатой" -> "одиннадцатая", "третьей" -> "третья").
 */
function sessionNames(n: number, c: Conference): { nameEn: string; nameRu: string } {
  const en = ORDINAL_WORDS_EN[n];
  const oblique = ORDINAL_WORDS_RU_FEMININE_OBLIQUE[n];
  const ru = oblique?.replace(/ьей$/u, 'ья').replace(/ой$/u, 'ая');
  const ordinal = { en: en ? capital(en) : ordinalEn(n), ru: ru ? capital(ru) : `${String(n)}-я` };
  // Another conference's session is named by its tag: its full name is not in every language.
  if (c.tag)
    return {
      nameEn: `${ordinal.en} session (${c.tag})`,
      nameRu: `${ordinal.ru} сессия (${c.tag})`,
    };
  return {
    nameEn: `${ordinal.en} session of the Conference of the Parties`,
    nameRu: `${ordinal.ru} сессия Конференции участников`,
  };
}

function session(n: number, meta: DocumentMeta, c: Conference): SessionRecord {
  const here = meta.session?.value === n ? meta.sessionPlace?.value : undefined;
  return {
    id: `${c.idPrefix}session/${n}`,
    kind: 'SESSION',
    number: n,
    year: here ? Number(here.start.slice(0, 4)) : null,
    place: here?.place ?? null,
    startDate: here?.start ?? null,
    endDate: here?.end ?? null,
    ...sessionNames(n, c),
    aliasesEn: [],
    aliasesRu: [],
    provenance: [{ fields: ['number', 'name.en', 'name.ru'], ...FROM_ID }],
  };
}

/** A mandate known from its id alone: its number, its session by N/M, names composed. */
export function mandate(
  type: 'resolution' | 'decision',
  number: string,
  c: Conference = HOME_CONFERENCE,
): MandateRecord {
  const tag = c.tag ? ` (${c.tag})` : '';
  return {
    id: `${c.idPrefix}${type}/${number}`,
    kind: 'MANDATE',
    type: type === 'resolution' ? 'RESOLUTION' : 'DECISION',
    number,
    sessionId: `${c.idPrefix}session/${number.split('/')[0] ?? ''}`,
    subjectEn: null,
    subjectRu: null,
    nameEn: `${type === 'resolution' ? 'Resolution' : 'Decision'} ${number}${tag}`,
    nameRu: `${type === 'resolution' ? 'Резолюция' : 'Решение'} ${number}${tag}`,
    aliasesEn: [],
    aliasesRu: [],
    provenance: [{ fields: ['number', 'name.en', 'name.ru'], ...FROM_ID }],
  };
}

/** Sessions and mandates the relations name but `known` lacks, with their ADOPTED_AT links. */
export function missingEndpoints(
  relations: readonly RelationRecord[],
  known: ReadonlyMap<string, EntityRecord>,
  meta: DocumentMeta,
): { entities: EntityRecord[]; relations: RelationRecord[] } {
  const entities = new Map<string, EntityRecord>();
  const links: RelationRecord[] = [];
  const need = (id: string) => !known.has(id) && !entities.has(id);
  for (const id of relations.flatMap((r) => [
    r.fromId,
    r.toId,
    ...(r.basisId ? [r.basisId] : []),
  ])) {
    const c = conferenceOfId(id);
    const local = unscopedId(id);
    const s = /^session\/(\d+)$/.exec(local);
    const m = /^(resolution|decision)\/(\d+)\/(\d+)$/.exec(local);
    const own = c.idPrefix && need(id) ? conferenceEntity(c, id) : null;
    if (own) entities.set(id, own);
    if (s?.[1] && need(id)) entities.set(id, session(Number(s[1]), meta, c));
    if (m?.[1] && m[2] && m[3] && need(id)) {
      const rec = mandate(m[1] as 'resolution' | 'decision', `${m[2]}/${m[3]}`, c);
      entities.set(id, rec);
      if (need(rec.sessionId)) entities.set(rec.sessionId, session(Number(m[2]), meta, c));
      links.push({
        id: relationId('ADOPTED_AT', rec.id, rec.sessionId, null),
        type: 'ADOPTED_AT',
        fromId: rec.id,
        toId: rec.sessionId,
        action: null,
        basisId: null,
        source: 'DERIVED',
        note: adoptedAtSessionNote(rec.number, m[2]),
        evidence: [],
      });
    }
  }
  return { entities: [...entities.values()], relations: links };
}

/**
 * Another conference's own body and convention, from the registry (domain/conferences.ts),
 * the first time one of its documents names them: the names its sources give, the other
 * language the tag (no name is made up).
 */
function conferenceEntity(c: Conference, id: string): EntityRecord | null {
  const from = {
    source: 'REFERENCE' as const,
    note: `The conference registry; source: ${c.sources.join(' ')}`,
  };
  const named = (names: Conference['names']) => ({
    nameEn: names.en ?? c.tag ?? c.code,
    nameRu: names.ru ?? c.tag ?? c.code,
    aliasesEn: c.tag ? [c.tag] : [],
    aliasesRu: [],
    provenance: [{ fields: ['name.en', 'name.ru'], ...from }],
  });
  if (id === `${c.idPrefix}body/cop`)
    return { id, kind: 'BODY', type: 'CONFERENCE', ...named(c.names) };
  const body = c.bodies.find((b) => `${c.idPrefix}${b.id}` === id);
  if (body)
    return {
      id,
      kind: 'BODY',
      type: body.type,
      nameEn: body.names.en,
      nameRu: body.names.ru,
      aliasesEn: [],
      aliasesRu: [],
      provenance: [
        {
          fields: ['name.en', 'name.ru'],
          source: 'REFERENCE',
          note: `The conference registry; source: ${body.sources.join(' ')}`,
        },
      ],
    };
  if (id === c.convention.id)
    return {
      id,
      kind: 'INSTRUMENT',
      type: 'CONVENTION',
      adopted: null,
      ...named(c.convention.names),
    };
  return null;
}
