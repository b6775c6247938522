import type { EntityRecord, EvidenceRecord, RelationRecord } from '../../domain/model.js';

export interface Ctx {
  byId: Map<string, EntityRecord>;
}

export interface Phrasebook {
  /** One sentence for one relation, with its citation. */
  sentence(r: RelationRecord, ctx: Ctx): string;
  /** When nothing upstream is known. */
  noCause(subject: EntityRecord): string;
}

export interface CiteWords {
  para: string;
  paras: string;
  and: string;
  heading: string;
  header: string;
  footnote: string;
  preamble: string;
  reference: string;
  derived: string;
  /** A paragraph the document prints no number for, by its position: "3rd paragraph (unnumbered)". */
  unnumbered: (position: number) => string;
}

/** "(para. 4)", "(paras. 14 and 17)", "(heading)", "(reference data)". */
export function cite(r: RelationRecord, w: CiteWords): string {
  if (r.source === 'REFERENCE') return `(${w.reference})`;
  if (r.source === 'DERIVED') return `(${w.derived})`;
  const paras = [
    ...new Set(
      r.evidence.flatMap((e) =>
        e.paragraph !== null && e.numbered !== false ? [e.paragraph] : [],
      ),
    ),
  ].sort((a, b) => a - b);
  const others = [
    ...new Set(
      r.evidence.flatMap((e) =>
        e.paragraph === null
          ? [contextWord(e, w)]
          : e.numbered === false
            ? [w.unnumbered(e.paragraph)]
            : [],
      ),
    ),
  ];
  const last = paras.at(-1);
  if (last === undefined) return `(${others.join('; ')})`;
  const numbered =
    paras.length === 1
      ? `${w.para} ${last}`
      : `${w.paras} ${paras.slice(0, -1).join(', ')} ${w.and} ${last}`;
  // Beside numbered paragraphs a heading adds nothing, an unnumbered paragraph does.
  const unnumbered = r.evidence.flatMap((e) =>
    e.paragraph !== null && e.numbered === false ? [w.unnumbered(e.paragraph)] : [],
  );
  return `(${[numbered, ...new Set(unnumbered)].join('; ')})`;
}

function contextWord(e: EvidenceRecord, w: CiteWords): string {
  return e.context === 'HEADER'
    ? w.header
    : e.context === 'FOOTNOTE'
      ? w.footnote
      : e.context === 'PREAMBLE'
        ? w.preamble
        : w.heading;
}

/** Whether a session's year is cited from a document or taken from reference data. */
export function yearIsReference(session: EntityRecord | undefined): boolean {
  if (session?.kind !== 'SESSION') return false;
  return session.provenance.some((p) => p.fields.includes('year') && p.source !== 'DOCUMENT');
}

export function endpoints(
  r: RelationRecord,
  ctx: Ctx,
): { from: EntityRecord | undefined; to: EntityRecord | undefined } {
  return { from: ctx.byId.get(r.fromId), to: ctx.byId.get(r.toId) };
}

export function dateRange(
  start: string | null,
  end: string | null,
  months: readonly string[],
  yearSuffix: string,
): string | null {
  if (!start) return null;
  const parse = (d: string) => {
    const [y = 0, m = 0, day = 0] = d.split('-').map(Number);
    return { y, m, d: day };
  };
  const a = parse(start);
  const b = parse(end ?? start);
  const month = (m: number) => months[m - 1] ?? '';
  if (a.y === b.y && a.m === b.m) {
    return `${a.d === b.d ? a.d : `${a.d}–${b.d}`} ${month(a.m)} ${a.y}${yearSuffix}`;
  }
  return `${a.d} ${month(a.m)}${a.y === b.y ? '' : ` ${a.y}${yearSuffix}`} – ${b.d} ${month(b.m)} ${b.y}${yearSuffix}`;
}
