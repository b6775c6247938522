// Checked reads of the properties every answer carries: a node's own fields, a relation's, and
// its quotes. Written out by hand rather than with zod, which builds each record through its
// generic object machinery: for a 10-deep lineage (386 nodes, 533 relations and quotes) that was
// a measured millisecond of the server's few over the raw driver (npm run bench, issue 14).
// The rarely read JSON fields (provenance, claims, a proposal) stay with zod in records.ts.
// Each reader checks a type and gives the value; a wrong one is collected by name, so a node
// written by another tool fails as before: "node X is malformed: ordinal, type".
import type { EvidenceRecord } from '../domain/model.js';
import { EVIDENCE_CONTEXTS, LANGS } from '../domain/model.js';

export type Props = Record<string, unknown>;

/** Reads the fields of one node or relation, noting each one that is missing or mistyped. */
export class PropReader {
  readonly bad: string[] = [];

  constructor(private readonly props: Props) {}

  str(key: string): string {
    const v = this.props[key];
    if (typeof v === 'string') return v;
    this.bad.push(key);
    return '';
  }

  /** Neo4j stores no nulls: an absent property reads as null. */
  optStr(key: string): string | null {
    const v = this.props[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    this.bad.push(key);
    return null;
  }

  int(key: string): number {
    const v = this.props[key];
    if (Number.isInteger(v)) return v as number;
    this.bad.push(key);
    return 0;
  }

  optInt(key: string): number | null {
    const v = this.props[key];
    if (v === undefined || v === null) return null;
    if (Number.isInteger(v)) return v as number;
    this.bad.push(key);
    return null;
  }

  oneOf<T extends string>(key: string, allowed: ReadonlySet<T>): T {
    const v = this.props[key];
    if (typeof v === 'string' && (allowed as ReadonlySet<string>).has(v)) return v as T;
    this.bad.push(key);
    return '' as T;
  }

  /** A list of strings; absent reads as empty. */
  strs(key: string): string[] {
    const v = this.props[key];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    this.bad.push(key);
    return [];
  }

  /** Quotes, stored as a list of JSON strings (write/upsert-relations.cypher). */
  evidence(key: string): EvidenceRecord[] {
    const list = this.strs(key);
    const out: EvidenceRecord[] = [];
    for (let i = 0; i < list.length; i++) {
      const read = quote(list[i] ?? '');
      if (read) out.push(read);
      else this.bad.push(`${key}.${String(i)}`);
    }
    return out;
  }
}

const CONTEXTS: ReadonlySet<string> = new Set(EVIDENCE_CONTEXTS);
const LANG_SET: ReadonlySet<string> = new Set(LANGS);

/** One quote from its stored JSON; null when it is not one. */
export function quote(json: string): EvidenceRecord | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { document, paragraph, numbered, context, quote: text, lang } = v as Props;
  if (
    typeof document !== 'string' ||
    !(paragraph === null || Number.isInteger(paragraph)) ||
    !(numbered === undefined || numbered === false) ||
    typeof context !== 'string' ||
    !CONTEXTS.has(context) ||
    typeof text !== 'string' ||
    typeof lang !== 'string' ||
    !LANG_SET.has(lang)
  ) {
    return null;
  }
  // A fresh object of exactly these fields, in this order (as evidenceKey writes them).
  return {
    document,
    paragraph: paragraph as number | null,
    ...(numbered === false ? { numbered: false as const } : {}),
    context: context as EvidenceRecord['context'],
    quote: text,
    lang: lang as EvidenceRecord['lang'],
  };
}
