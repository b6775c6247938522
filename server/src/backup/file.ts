// The backup file: one JSON document, versioned, holding the whole graph (db/dump.ts) and the
// model version it was written by, so a newer release can migrate it after a restore.
import { z } from 'zod';
import { countNodes, restoreGraph, type GraphDump } from '../db/dump.js';
import type { Database } from '../db/executor.js';
import { migrate } from '../seed/migrate.js';

export const BACKUP_FORMAT = 'mandate-lineage-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile extends GraphDump {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The graph model's version (seed/migrate.ts) when the backup was written. */
  modelVersion: number | null;
  createdAt: string;
  counts: { nodes: number; relationships: number };
}

const value: z.ZodType = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(value)]),
);
const props = z.record(z.string(), value);
const schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  modelVersion: z.number().int().nullable(),
  createdAt: z.string(),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  nodes: z.array(z.object({ key: z.string(), labels: z.array(z.string().min(1)).min(1), props })),
  relationships: z.array(
    z.object({ start: z.string(), end: z.string(), type: z.string().min(1), props }),
  ),
});

export class BackupFileError extends Error {}

export function toBackup(
  dump: GraphDump,
  modelVersion: number | null,
  now = new Date(),
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    modelVersion,
    createdAt: now.toISOString(),
    counts: { nodes: dump.nodes.length, relationships: dump.relationships.length },
    nodes: dump.nodes,
    relationships: dump.relationships,
  };
}

/** Reads a backup, or says what is wrong with it (nothing is written from a bad file). */
export function parseBackup(text: string, name: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BackupFileError(
      `${name}: not a backup (not JSON: ${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupFileError(
      `${name}: not a Mandate Lineage backup (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unknown shape'})`,
    );
  }
  const b = parsed.data as BackupFile;
  if (b.version > BACKUP_VERSION) {
    throw new BackupFileError(
      `${name}: written by a newer release (backup format ${String(b.version)}; this release reads ${String(BACKUP_VERSION)})`,
    );
  }
  if (b.counts.nodes !== b.nodes.length || b.counts.relationships !== b.relationships.length) {
    throw new BackupFileError(
      `${name}: incomplete (it says ${String(b.counts.nodes)} nodes and ${String(b.counts.relationships)} relationships, it holds ${String(b.nodes.length)} and ${String(b.relationships.length)})`,
    );
  }
  return b;
}

/** Why a restore did not happen; nothing was written. */
export class RestoreRefused extends Error {}

/**
 * Rebuilds a backup (read by parseBackup) in an empty database, in one transaction, and
 * migrates it; refuses a database that is not empty, writing nothing.
 */
export async function restoreInto(
  db: Database,
  backup: BackupFile,
  log: (m: string) => void,
): Promise<void> {
  const present = await countNodes(db);
  if (present > 0) {
    throw new RestoreRefused(
      `the database is not empty (${String(present)} nodes); restore into an empty one ` +
        '(stop npm start and point NEO4J_DATA_DIR at a new folder, or use an empty NEO4J_URI)',
    );
  }
  await restoreGraph(db, backup);
  await migrate(db, log);
}
