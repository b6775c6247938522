// One block of a document's text, verbatim, its evidence sentences marked. A mark is a link to
// the relation it states in the graph; the relation the reader was opened for is marked apart.
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
  /** Opens the graph at a relation (in place; the link also works as a link). */
  onOpenRelation: (relation: { id: string; from: string }) => void;
}

export function ReaderBlock({ block, docId, view, onOpenRelation }: Props) {
  const quotes = block.statements.flatMap((r) =>
    r.evidence
      .filter((e) => e.document.id === docId && e.lang === block.lang)
      .map((e) => ({ quote: e.quote, relationId: r.id })),
  );
  const byId = new Map(block.statements.map((r) => [r.id, r]));
  const lang = block.lang.toLowerCase();
  const label =
    block.number !== null
      ? `${String(block.number)}.`
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
          const first = byId.get(piece.relations[0] ?? '');
          const active = view.quote !== null && piece.relations.includes(view.quote);
          const target = first ? { id: first.id, from: first.from.id } : null;
          return (
            <a
              key={i}
              className={active ? 'reader-quote active' : 'reader-quote'}
              data-testid="reader-quote"
              data-relations={piece.relations.join(' ')}
              data-active={active ? 'true' : undefined}
              href={
                target
                  ? serializeViewState({ ...view, id: target.from, edge: target.id, doc: null })
                  : undefined
              }
              onClick={(e) => {
                if (!target || !isPlainClick(e)) return;
                e.preventDefault();
                onOpenRelation(target);
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
