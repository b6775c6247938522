// The accessible alternative to the picture: the same subgraph and its evidence as tables,
// reachable by keyboard and readable by screen readers; easy to copy into a document.
import { useTranslation } from 'react-i18next';
import type { Subgraph } from '../graph/subgraph';
import { nodeName } from '../graph/subgraph';
import { relationLabel } from '../graph/relation-label';
import type { Lang } from '../state/view-state';
import { EvidenceList } from './EvidenceList';
import { UserText } from './UserText';

interface Props {
  graph: Subgraph;
  lang: Lang;
  onOpen: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

export function TableView({ graph, lang, onOpen, onSelectEdge }: Props) {
  const { t } = useTranslation();
  const names = new Map(graph.nodes.map((n) => [n.id, nodeName(n, lang)]));
  return (
    <div className="table-view">
      <table data-testid="table-view">
        <caption>{t('table.edges')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.from')}</th>
            <th scope="col">{t('table.type')}</th>
            <th scope="col">{t('table.to')}</th>
            <th scope="col">{t('table.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((e) => (
            <tr key={e.id}>
              <td>
                <UserText text={names.get(e.from.id) ?? e.from.id} />
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    onSelectEdge(e.id);
                  }}
                >
                  <UserText text={relationLabel(e, lang)} />
                </button>
              </td>
              <td>
                <UserText text={names.get(e.to.id) ?? e.to.id} />
              </td>
              <td>
                <EvidenceList edge={e} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('table.nodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.id')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((n) => (
            <tr key={n.id}>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    onOpen(n.id);
                  }}
                >
                  <UserText text={nodeName(n, lang)} />
                </button>
              </td>
              <td>{t(`kind.${n.kind}`)}</td>
              <td>
                <code>
                  <UserText text={n.id} />
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
