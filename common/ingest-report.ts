// What ingestion reports about one document: `npm run ingest -- --dry-run --json` prints it,
// POST /documents answers it (with the file's name, whether it was written and the text as
// read). The server builds it (server/src/ingest/report.ts); the explorer shows it.

export interface ReportedEvidence {
  paragraph: number | null;
  /** Where the quote stands: PARAGRAPH, PREAMBLE (a resolution's clause), HEADING, HEADER, FOOTNOTE. */
  context: string;
  quote: string;
  lang: string;
}

export interface ReportedRelation {
  type: string;
  from: string;
  to: string;
  action: string | null;
  /** The action in Russian; null when it has none (a tool's own action). */
  actionRu: string | null;
  basis?: string;
  evidence: ReportedEvidence | null;
  moreEvidence?: ReportedEvidence[];
}

/**
 * The warnings that are not the `unmatched` entries restated (the report ends its warnings
 * with one English line per unmatched entry, for readers of the JSON and the command line;
 * the explorer lists the entries themselves, in the interface's language).
 */
export function ownWarnings(report: Pick<DocumentReport, 'warnings' | 'unmatched'>): string[] {
  return report.warnings.slice(0, Math.max(0, report.warnings.length - report.unmatched.length));
}

export interface DocumentReport {
  document: {
    id: string;
    symbol: string | null;
    lang: string;
    date: string | null;
    session: number | null;
    title: string | null;
    agendaItems: number[];
    /** The numbered paragraphs the text has. */
    paragraphs: number;
  };
  entities: { id: string; kind: string; names: { en: string; ru: string } }[];
  relations: ReportedRelation[];
  /** Entities the document names that the reference data lacks: written under review. */
  proposals: {
    id: string;
    kind: string;
    names: { en: string; ru: string };
    evidence: ReportedEvidence;
  }[];
  unmatched: { paragraph: number | null; text: string; kind: 'body' | 'sentence' }[];
  warnings: string[];
}

/** One block of the text as read: what the quotes stand in. */
export interface ReportedBlock {
  index: number;
  number: number | null;
  context: string;
  text: string;
  lang: string;
}

/** POST /documents's answer (200 for a dry run, 201 when written). */
export interface AddedDocument extends DocumentReport {
  file: string;
  written: boolean;
  text: ReportedBlock[];
}

/** POST /documents's answer to a request it refused. */
export interface RefusedDocument {
  errors: { message: string; extensions: { code: string } }[];
}
