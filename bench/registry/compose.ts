// Record builders for one synthetic conference: ids, symbols, evidence and provenance in
// the shapes ingestion and the reference data produce (see server/src/ingest/to-graph.ts).
import type {
  BodyRecord,
  DocumentRecord,
  EntityRecord,
  EvidenceContext,
  EvidenceRecord,
  MandateRecord,
  ProvenanceRecord,
  RelationRecord,
  RelationType,
} from '../../server/src/domain/model.js';
import { relationId } from '../../server/src/domain/model.js';
import { conferenceWord, type Topic } from './vocab.js';

/** A subsidiary body while its conference is being built. */
export interface Body {
  record: BodyRecord;
  topic: Topic;
  /** The name the notes use ("Working Group on Firearms"). */
  short: string;
  ruGenitive: string;
  /** WG.<series> in report symbols. */
  series: number;
  createdAt: number;
  /** The latest text that created or governed it: the basis its reports are submitted on. */
  basis: MandateRecord;
  meetings: number;
  reportsInYear: Map<number, number>;
}

export interface Session {
  number: number;
  id: string;
  note: string;
  start: number;
  end: number;
  noteDate: number;
}

/** Names and aliases of a record, in the order the records list them. */
export const named = (
  nameEn: string,
  nameRu: string,
  aliasesEn: string[] = [],
  aliasesRu: string[] = [],
) => ({
  nameEn,
  nameRu,
  aliasesEn,
  aliasesRu,
});

export const COMPOSED = 'label composed by the synthetic registry generator (bench/registry)';

export const derived = (fields: string[], note = COMPOSED): ProvenanceRecord => ({
  fields,
  source: 'DERIVED',
  note,
});
export const quoted = (fields: string[], evidence: EvidenceRecord): ProvenanceRecord => ({
  fields,
  source: 'DOCUMENT',
  evidence,
});

const DAY = 86_400_000;
const MONTHS = [
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
];
export const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
export const addDays = (t: number, days: number): number => t + days * DAY;
export const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
export const yearOf = (t: number): number => new Date(t).getUTCFullYear();
/** "12 to 16 October 2014", as the notes write date ranges. */
export function prose(from: number, to: number): string {
  const f = new Date(from);
  const t = new Date(to);
  const long = (d: Date) =>
    `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
  return `${long(f)} to ${long(t)}`;
}

/** Everything one conference's records share: id and symbol prefixes, its word, the output. */
export class Conference {
  readonly entities: EntityRecord[] = [];
  readonly relations: RelationRecord[] = [];
  readonly word: { en: string; ru: string };
  private readonly paragraphs = new Map<string, number>();

  constructor(
    readonly namespace: string,
    readonly number: number,
  ) {
    this.word = conferenceWord(number);
  }

  /** `syn/c3/session/7`: the namespace first, so no synthetic id can equal a real one. */
  id(path: string): string {
    return `${this.namespace}/c${this.number}/${path}`;
  }

  /** `SYN/C3/WG.4/2021/2`: unique across namespaces too (document symbols are constrained). */
  symbol(path: string): string {
    return `${this.namespace.toUpperCase()}/C${this.number}/${path}`;
  }

  get convention(): string {
    return `${this.word.en} Convention`;
  }
  get conventionRu(): string {
    return `Конвенции ${this.word.ru}`;
  }

  /** The next numbered paragraph of a note: statements are cited in the order they are made. */
  paragraph(note: string): number {
    const n = (this.paragraphs.get(note) ?? 0) + 1;
    this.paragraphs.set(note, n);
    return n;
  }

  evidence(
    document: string,
    paragraph: number | null,
    quote: string,
    context: EvidenceContext = 'PARAGRAPH',
  ): EvidenceRecord {
    return {
      document,
      paragraph,
      context: paragraph === null ? context : 'PARAGRAPH',
      quote,
      lang: 'en',
    };
  }

  add<T extends EntityRecord>(entity: T): T {
    this.entities.push(entity);
    return entity;
  }

  relate(
    type: RelationType,
    fromId: string,
    toId: string,
    evidence: EvidenceRecord[],
    action: string | null = null,
    basisId: string | null = null,
  ): void {
    this.relations.push({
      id: relationId(type, fromId, toId, action),
      type,
      fromId,
      toId,
      action,
      basisId,
      source: 'DOCUMENT',
      note: null,
      evidence,
    });
  }

  document(
    path: string,
    fields: Pick<
      DocumentRecord,
      'type' | 'symbol' | 'year' | 'date' | 'lang' | 'nameEn' | 'nameRu'
    >,
    provenance: ProvenanceRecord[],
  ): DocumentRecord {
    return this.add({
      id: this.id(path),
      kind: 'DOCUMENT',
      printedSymbol: fields.symbol,
      aliasesEn: [],
      aliasesRu: [],
      ...fields,
      provenance,
    });
  }
}
