import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportView, type ExportFormat } from '../export';
import type { Subgraph } from '../graph/subgraph';
import type { Lang } from '../state/view-state';

const FORMATS = [
  ['png', 'export.png'],
  ['svg', 'export.svg'],
  ['cyjs', 'export.cyjs'],
  ['graphml', 'export.graphml'],
  ['gexf', 'export.gexf'],
  ['csv-nodes', 'export.csvNodes'],
  ['csv-edges', 'export.csvEdges'],
  ['jsonld', 'export.jsonld'],
] as const satisfies readonly (readonly [ExportFormat, string])[];

interface Props {
  cy: Core | null;
  graph: Subgraph;
  lang: Lang;
  baseName: string;
}

export function ExportMenu({ cy, graph, lang, baseName }: Props) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <details className="export">
      <summary>{t('export.title')}</summary>
      <div className="popover">
        <div className="export-buttons">
          {FORMATS.map(([format, label]) => (
            <button
              key={format}
              type="button"
              data-testid={`export-${format}`}
              disabled={!cy || graph.nodes.length === 0}
              onClick={() => {
                if (!cy) return;
                setFailed(null);
                exportView(format, cy, graph, lang, baseName).catch((err: unknown) => {
                  setFailed(err instanceof Error ? err.message : String(err));
                });
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
        {failed && (
          <p role="alert" className="status error">
            {t('export.failed', { message: failed })}
          </p>
        )}
      </div>
    </details>
  );
}
