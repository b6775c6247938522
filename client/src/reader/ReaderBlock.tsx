// One block of a document's text, verbatim, its evidence sentences marked. A mark is a link to
// the relation it states in the graph, or to the entity whose facts it states (`of:<id>`); the
// relation or fact the reader was opened for is marked apart.
import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../components/InAppLink';
import type { DocumentTextQuery } from '../gql/graphql';
import { serializeViewState, type ViewState } from '../state/view-state';
import { highlight } from './highlight';

type DocumentEntity = Extract<NonNullable<DocumentTextQuery['entity']>, { paragraphs: unknown }>;
export type StoredBlock = DocumentEntity['paragraphs'][number];

interface Props {
  block: StoredBlock;
  docId: string;
  view: ViewState;
  /** Opens the graph at an entity, with a relation's evidence open (in place; also a link). */
  onOpen: (target: Target) => void;
}

export interface Target {
  entity: string;
  edge: string | null;
}

/** The mark of an entity's fact, beside relation ids in a piece's list. */
export const factKey = (entity: string): string => `of:${entity}`;

export function ReaderBlock({ block, docId, view, onOpen }: Props) {
  const { t } = useTranslation();
  const here = (e: { document: { id: string }; lang: string }) =>
    e.document.id === docId && e.lang === block.lang;
  const quotes = [
    ...block.statements.flatMap((r) =>
      r.evidence.filter(here).map((e) => ({ quote: e.quote, relationId: r.id })),
    ),
    ...block.facts.flatMap((f) =>
      f.evidence && here(f.evidence)
        ? [{ quote: f.evidence.quote, relationId: factKey(f.of.id) }]
        : [],
    ),
  ];
  const targets = new Map<string, Target>([
    ...block.statements.map((r): [string, Target] => [r.id, { entity: r.from.id, edge: r.id }]),
    ...block.facts.map((f): [string, Target] => [
      factKey(f.of.id),
      { entity: f.of.id, edge: null },
    ]),
  ]);
  const activeKey = view.quote ?? (view.of !== null ? factKey(view.of) : null);
  const lang = block.lang.toLowerCase();
  const label =
    block.number !== null
      ? block.numbered
        ? `${String(block.number)}.`
        : t('evidence.unnumbered', { count: block.number, ordinal: true })
      : block.context === 'FOOTNOTE' || block.context === 'HEADER'
        ? ''
        : null;
  return (
    <div
      className={`reader-block ${block.context.toLowerCase()}`}
      id={`para-${lang}-${block.number !== null ? String(block.number) : `${block.context.toLowerCase()}-${String(block.index)}`}`}
      data-testid="reader-block"
      data-para={block.number ?? block.context.toLowerCase()}
      data-lang={lang}
      lang={lang}
    >
      {label ? <span className="reader-number">{label}</span> : null}
      <p>
        {highlight(block.text, quotes).map((piece, i) => {
          if (piece.relations.length === 0) return <span key={i}>{piece.text}</span>;
          const active = activeKey !== null && piece.relations.includes(activeKey);
          const target = targets.get((active ? activeKey : piece.relations[0]) ?? '') ?? null;
          return (
            <a
              key={i}
              className={active ? 'reader-quote active' : 'reader-quote'}
              data-testid="reader-quote"
              data-relations={piece.relations.join(' ')}
              data-active={active ? 'true' : undefined}
              href={
                target
                  ? serializeViewState({ ...view, id: target.entity, edge: target.edge, doc: null })
                  : undefined
              }
              onClick={(e) => {
                if (!target || !isPlainClick(e)) return;
                e.preventDefault();
                onOpen(target);
              }}
            >
              {piece.text}
            </a>
          );
        })}
      </p>
    </div>
  );
}
