// The --dry-run --json report (documented in the README): one JSON object per document.
import type { DocumentReport, ReportedEvidence } from '../../../common/ingest-report.js';
import { actionText } from '../domain/actions.js';
import type { EntityRecord } from '../domain/model.js';
import type { Extraction } from './extraction.js';
import type { GraphPart } from './to-graph.js';

const reported = (
  e: { paragraph: number | null; context: string; quote: string },
  lang: string,
): ReportedEvidence => ({ paragraph: e.paragraph, context: e.context, quote: e.quote, lang });

export function dryRunReport(
  x: Extraction,
  graph: GraphPart,
  reference: ReadonlyMap<string, EntityRecord>,
): DocumentReport {
  const lang = x.meta.lang;
  const mentioned = new Set(
    graph.relations.flatMap((r) => [r.fromId, r.toId, ...(r.basisId ? [r.basisId] : [])]),
  );
  const entities = [
    ...graph.entities,
    ...[...mentioned].flatMap((id) => {
      const e = reference.get(id);
      return e ? [e] : [];
    }),
  ];
  const unique = new Map(entities.map((e) => [e.id, e]));
  return {
    document: {
      id: x.documentId,
      symbol: x.meta.symbol?.value ?? null,
      lang,
      date: x.meta.date?.value ?? null,
      session: x.meta.session?.value ?? null,
      title: x.meta.title?.value ?? null,
      agendaItems: x.meta.agendaItems?.value ?? [],
      paragraphs: new Set(x.text.flatMap((b) => (b.number === null ? [] : [b.number]))).size,
    },
    entities: [...unique.values()].map((e) => ({
      id: e.id,
      kind: e.kind,
      names: { en: e.nameEn, ru: e.nameRu },
    })),
    relations: x.relations.map((r) => {
      const [first, ...more] = r.evidence;
      return {
        type: r.type,
        from: r.from,
        to: r.to,
        action: r.action,
        actionRu: r.action ? actionText(r.action, 'ru') : null,
        ...(r.basis ? { basis: r.basis } : {}),
        evidence: first ? reported(first, lang) : null,
        ...(more.length ? { moreEvidence: more.map((e) => reported(e, lang)) } : {}),
      };
    }),
    proposals: graph.entities.flatMap((e) =>
      e.proposal
        ? [
            {
              id: e.id,
              kind: e.kind,
              names: { en: e.nameEn, ru: e.nameRu },
              evidence: reported(e.proposal.evidence, lang),
            },
          ]
        : [],
    ),
    unmatched: x.unmatched,
    warnings: [
      ...x.warnings,
      ...x.unmatched.map((u) => {
        const where = u.paragraph ? ` (paragraph ${String(u.paragraph)})` : '';
        return u.kind === 'body'
          ? `no known body matches "${u.text}"${where}`
          : `a sentence that states nothing the rules read${where}: "${u.text}"`;
      }),
    ],
  };
}
