import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toElements } from '../graph/to-elements';
import { useSubgraph } from '../hooks/use-subgraph';
import { useViewState } from '../hooks/use-view-state';
import { rememberLang } from '../i18n';
import type { Lang } from '../state/view-state';
import { DetailsPanel } from './DetailsPanel';
import { EdgePanel } from './EdgePanel';
import { ExportMenu } from './ExportMenu';
import { Filters } from './Filters';
import { GraphView } from './GraphView';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { StatusMessage, type Status } from './StatusMessage';
import { statusOfError } from './status';
import { TableView } from './TableView';
import { Toolbar } from './Toolbar';
import { WhyPanel } from './WhyPanel';

export function App({ initialLang }: { initialLang: Lang }) {
  const { t, i18n } = useTranslation();
  const [view, update] = useViewState(initialLang);
  const [cy, setCy] = useState<Core | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  useEffect(() => {
    void i18n.changeLanguage(view.lang);
    rememberLang(view.lang);
    document.documentElement.lang = view.lang;
  }, [i18n, view.lang]);

  const { graph, loading, error, refetch } = useSubgraph(view);
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const elements = useMemo(
    () =>
      toElements(graph, { lang: view.lang, kinds: view.kinds, rels: view.rels, focus: view.id }),
    [graph, view.lang, view.kinds, view.rels, view.id],
  );
  const open = (id: string) => {
    update({ id, edge: null, expanded: [] });
    setHighlighted(null);
  };
  const toggleExpand = (id: string) => {
    update({
      expanded: view.expanded.includes(id)
        ? view.expanded.filter((x) => x !== id)
        : [...view.expanded, id],
    });
  };
  const selectEdge = (id: string) => {
    update({ edge: id });
    setHighlighted(id);
  };
  const status: Status | null = !view.id
    ? { kind: 'start' }
    : error
      ? statusOfError(error, view.id, refetch)
      : loading && graph.nodes.length === 0
        ? { kind: 'loading' }
        : !loading && elements.length === 0
          ? { kind: 'empty' }
          : null;
  const edge = view.edge ? graph.edges.find((e) => e.id === view.edge) : undefined;
  const showGraph = view.id && !error && view.mode !== 'table';

  return (
    <div className="app">
      <header>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <SearchBox lang={view.lang} onSelect={open} />
        <Toolbar view={view} update={update} />
      </header>
      <main>
        <section className="canvas">
          {status && <StatusMessage status={status} />}
          {view.id && !error && (
            <p className="muted counts">
              {t('graph.nodes', { count: graph.nodes.length })},{' '}
              {t('graph.edges', { count: graph.edges.length })}
            </p>
          )}
          {showGraph && (
            <GraphView
              elements={elements}
              mode={view.mode === 'timeline' ? 'timeline' : 'graph'}
              layoutKey={`${view.id ?? ''}|${view.direction}|${String(view.depth)}`}
              selectedEdge={view.edge}
              highlightedEdge={highlighted}
              onSelectNode={open}
              onSelectEdge={selectEdge}
              onExpand={toggleExpand}
              onCy={setCy}
            />
          )}
          {view.id && !error && view.mode === 'table' && (
            <TableView graph={graph} lang={view.lang} onOpen={open} onSelectEdge={selectEdge} />
          )}
          <div className="under-graph">
            <Filters view={view} update={update} />
            <Legend />
            <ExportMenu cy={cy} graph={graph} lang={view.lang} baseName={view.id ?? 'lineage'} />
          </div>
        </section>
        <aside>
          {edge && (
            <EdgePanel
              edge={edge}
              nodes={nodes}
              lang={view.lang}
              onClose={() => {
                update({ edge: null });
                setHighlighted(null);
              }}
            />
          )}
          {view.id && !error && (
            <WhyPanel
              id={view.id}
              lang={view.lang}
              nodes={nodes}
              highlighted={highlighted}
              onHighlight={setHighlighted}
            />
          )}
          {view.id && !error && (
            <DetailsPanel
              id={view.id}
              lang={view.lang}
              expanded={view.expanded.includes(view.id)}
              onOpen={open}
              onToggleExpand={toggleExpand}
            />
          )}
        </aside>
      </main>
    </div>
  );
}
