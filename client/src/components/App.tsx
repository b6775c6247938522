import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAP_STEP, capSubgraph } from '../graph/cap';
import { toElements } from '../graph/to-elements';
import { useSubgraph } from '../hooks/use-subgraph';
import { useViewState } from '../hooks/use-view-state';
import { rememberLang } from '../i18n';
import {
  DEFAULTS,
  defaultDirection,
  MAX_LIMIT,
  serializeViewState,
  type Lang,
} from '../state/view-state';
import { AsOfBar } from './AsOfBar';
import { InAppLink } from './InAppLink';
import { CapNotice } from './CapNotice';
import { Counts } from './Counts';
import { ControlsMenu } from './ControlsMenu';
import { DetailsPanel } from './DetailsPanel';
import { EdgePanel } from './EdgePanel';
import { ExportMenu } from './ExportMenu';
import { Filters } from './Filters';
import { GraphView } from './GraphView';
import { Landing } from './landing/Landing';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { StatusMessage, type Status } from './StatusMessage';
import { statusOfError } from './status';
import { TableView } from './TableView';
import { Toolbar } from './Toolbar';
import { ReaderView } from '../reader/ReaderView';
import { AddDocumentView } from '../add/AddDocumentView';
import { TimelineView } from '../timeline/TimelineView';
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

  const { graph, settledFor, loading, error, refetch } = useSubgraph(view);
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  // The selected edge's ends are always drawn, so a deep link to it shows it.
  const selected = view.edge ? graph.edges.find((e) => e.id === view.edge) : undefined;
  const pinned = useMemo(() => (selected ? [selected.from.id, selected.to.id] : []), [selected]);
  const capped = useMemo(
    () =>
      capSubgraph(graph, { limit: view.limit, focus: view.id, expanded: view.expanded, pinned }),
    [graph, view.limit, view.id, view.expanded, pinned],
  );
  const shown = capped.graph;
  const elements = useMemo(
    () =>
      toElements(shown, {
        lang: view.lang,
        kinds: view.kinds,
        rels: view.rels,
        focus: view.id,
        frontier: capped.frontier,
        proposals: view.proposals,
      }),
    [shown, capped.frontier, view.lang, view.kinds, view.rels, view.id, view.proposals],
  );
  const open = (id: string) => {
    // A new pick asks its own question: why a body exists, what a mandate created.
    update({
      id,
      direction: defaultDirection(id),
      edge: null,
      expanded: [],
      limit: DEFAULTS.limit,
    });
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
    ? null
    : error
      ? statusOfError(error, view.id, refetch)
      : loading && graph.nodes.length === 0
        ? { kind: 'loading' }
        : !loading && elements.length === 0
          ? { kind: 'empty' }
          : null;
  const showGraph = view.id && !error && view.mode !== 'table';
  const { doc } = view;
  const closeReader = { doc: null, para: null, version: null, quote: null, of: null, add: false };

  return (
    <div className="app">
      <header>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <SearchBox lang={view.lang} onSelect={open} />
        <ControlsMenu>
          <Toolbar view={view} update={update} />
          {view.id && <Filters view={view} update={update} />}
          {view.id && <ExportMenu cy={cy} graph={shown} lang={view.lang} baseName={view.id} />}
          <InAppLink
            href={serializeViewState({ ...view, ...closeReader, add: true })}
            lang={view.lang}
            testId="add-link"
          >
            + {t('add.link')}
          </InAppLink>
        </ControlsMenu>
      </header>
      {view.add ? (
        <main className="full">
          <AddDocumentView view={view} />
        </main>
      ) : doc ? (
        <main className="full">
          <ReaderView
            view={{ ...view, doc }}
            onOpen={({ entity, edge }) => {
              update({
                ...closeReader,
                id: entity,
                direction: defaultDirection(entity),
                edge,
                expanded: [],
                limit: DEFAULTS.limit,
              });
              if (edge) setHighlighted(edge);
            }}
          />
        </main>
      ) : (
        <main className={view.id && !error ? undefined : 'full'}>
          <section className="canvas">
            {!view.id && <Landing view={view} update={update} />}
            {view.id && !error && <AsOfBar asof={view.asof} lang={view.lang} update={update} />}
            {status && <StatusMessage status={status} />}
            {view.id && !error && capped.total > shown.nodes.length && (
              <CapNotice
                shown={shown.nodes.length}
                total={capped.total}
                more={Math.min(CAP_STEP, capped.total - shown.nodes.length)}
                onMore={() => {
                  update({ limit: Math.min(MAX_LIMIT, shown.nodes.length + CAP_STEP) });
                }}
              />
            )}
            {view.id && !error && capped.total <= shown.nodes.length && (
              <Counts elements={elements} graph={shown} />
            )}
            {showGraph && view.mode === 'timeline' && (
              <TimelineView
                elements={elements}
                graph={shown}
                lang={view.lang}
                selectedEdge={view.edge}
                highlightedEdge={highlighted}
                onSelectNode={open}
                onSelectEdge={selectEdge}
                onExpand={toggleExpand}
                onCy={setCy}
                busy={loading}
              />
            )}
            {showGraph && view.mode === 'graph' && (
              <GraphView
                elements={elements}
                mode="graph"
                // A new entity is a new picture; another direction, depth or filter moves the
                // current one (nodes glide to their new places).
                layoutKey={`${settledFor?.split('|')[0] ?? ''}|${String(view.limit)}`}
                relayoutKey={`${settledFor ?? ''}|${view.kinds.join()}|${view.rels.join()}`}
                busy={loading}
                selectedEdge={view.edge}
                highlightedEdge={highlighted}
                onSelectNode={open}
                onSelectEdge={selectEdge}
                onExpand={toggleExpand}
                onCy={setCy}
              />
            )}
            {view.id && !error && view.mode === 'table' && (
              <TableView graph={shown} lang={view.lang} onOpen={open} onSelectEdge={selectEdge} />
            )}
            <div className="under-graph">{view.id && <Legend dated={view.asof !== null} />}</div>
          </section>
          <aside>
            {selected && (
              <EdgePanel
                edge={selected}
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
                asof={view.asof}
                lang={view.lang}
                nodes={nodes}
                highlighted={highlighted}
                onHighlight={setHighlighted}
              />
            )}
            {view.id && !error && (
              <DetailsPanel
                id={view.id}
                asof={view.asof}
                lang={view.lang}
                expanded={view.expanded.includes(view.id)}
                onOpen={open}
                onToggleExpand={toggleExpand}
              />
            )}
          </aside>
        </main>
      )}
    </div>
  );
}
