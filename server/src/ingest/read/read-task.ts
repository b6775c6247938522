// One document read from its bytes to what the callers need: its graph (written by the caller)
// and its report with the text as read. This runs in a worker thread (read/worker.ts), so what
// it returns crosses threads by structured clone: plain data only.
import type { DocumentReport, ReportedBlock } from '../../../../common/ingest-report.js';
import type { EntityRecord, LangCode } from '../../domain/model.js';
import { curatedEntities } from '../../seed/seed-graph.js';
import { extractFile } from '../extract.js';
import { dryRunReport } from '../report.js';
import { toGraph, type GraphPart } from '../to-graph.js';
import type { InputLimits } from './limits.js';

export interface ReadTask {
  bytes: Uint8Array;
  /** How messages name the document (its file name). */
  name: string;
  lang?: LangCode;
  limits: InputLimits;
}

export interface ReadOutcome {
  report: DocumentReport;
  text: ReportedBlock[];
  graph: GraphPart;
}

// The reference entities are the same for every document a worker reads: built once.
let reference: Map<string, EntityRecord> | undefined;

export async function readTask(task: ReadTask): Promise<ReadOutcome> {
  reference ??= curatedEntities();
  const extraction = await extractFile(task.bytes, task.name, task.lang, task.limits);
  const graph = toGraph(extraction, reference);
  return {
    report: dryRunReport(extraction, graph, reference),
    text: extraction.text.map(({ index, number, context, text, lang }) => ({
      index,
      number,
      context,
      text,
      lang,
    })),
    graph,
  };
}
