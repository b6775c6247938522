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
function sessionNames(n: number): { nameEn: string; nameRu: string } {
  const en = ORDINAL_WORDS_EN[n];
  const oblique = ORDINAL_WORDS_RU_FEMININE_OBLIQUE[n];
  const ru = oblique?.replace(/ьей$/u, 'ья').replace(/ой$/u, 'ая');
  return {
    nameEn: `${en ? capital(en) : ordinalEn(n)} session of the Conference of the Parties`,
    nameRu: `${ru ? capital(ru) : `${String(n)}-я`} сессия Конференции участников`,
  };
}

function session(n: number, meta: DocumentMeta): SessionRecord {
  const here = meta.session?.value === n ? meta.sessionPlace?.value : undefined;
  return {
    id: `session/${n}`,
    kind: 'SESSION',
    number: n,
    year: here ? Number(here.start.slice(0, 4)) : null,
    place: here?.place ?? null,
    startDate: here?.start ?? null,
    endDate: here?.end ?? null,
    ...sessionNames(n),
    aliasesEn: [],
    aliasesRu: [],
    provenance: [{ fields: ['number', 'name.en', 'name.ru'], ...FROM_ID }],
  };
}

/** A mandate known from its id alone: its number, its session by N/M, names composed. */
export function mandate(type: 'resolution' | 'decision', number: string): MandateRecord {
  return {
    id: `${type}/${number}`,
    kind: 'MANDATE',
    type: type === 'resolution' ? 'RESOLUTION' : 'DECISION',
    number,
    sessionId: `session/${number.split('/')[0] ?? ''}`,
    subjectEn: null,
    subjectRu: null,
    nameEn: `${type === 'resolution' ? 'Resolution' : 'Decision'} ${number}`,
    nameRu: `${type === 'resolution' ? 'Резолюция' : 'Решение'} ${number}`,
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
    const s = /^session\/(\d+)$/.exec(id);
    const m = /^(resolution|decision)\/(\d+)\/(\d+)$/.exec(id);
    if (s?.[1] && need(id)) entities.set(id, session(Number(s[1]), meta));
    if (m?.[1] && m[2] && m[3] && need(id)) {
      const rec = mandate(m[1] as 'resolution' | 'decision', `${m[2]}/${m[3]}`);
      entities.set(id, rec);
      if (need(rec.sessionId)) entities.set(rec.sessionId, session(Number(m[2]), meta));
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
