// The graph model's version, kept in the database (Meta `model-version`), and the steps that
// bring a database written by an older release up to this one, run on start (and after a
// restore) in order, each in its own transaction with the version it reaches.
import type { Database, Tx } from '../db/executor.js';
import { paragraphFromNode } from '../db/text-records.js';
import type { ParagraphRecord } from '../domain/model.js';
import { writeTexts } from './texts.js';

/**
 * 1: entities and relations with evidence. 2: documents kept whole (stored paragraphs).
 * 3: each stored block lists the entities' facts it states. 4: Meta timestamps are text.
 */
export const MODEL_VERSION = 4;
export const MODEL_KEY = 'model-version';

interface Step {
  to: number;
  what: string;
  run: (tx: Tx) => Promise<void>;
}

const STEPS: Step[] = [
  {
    to: 2,
    what: 'documents are kept whole from now on (documents ingested before have no stored text: ingest them again to read them in the reader)',
    run: () => Promise.resolve(),
  },
  {
    to: 3,
    what: 'stored blocks list the facts they state',
    run: async (tx) => {
      for (const row of await tx.run('documentsWithText', {})) {
        const id = row.get('id') as string;
        const blocks: ParagraphRecord[] = (
          await tx.run('paragraphsOfDocuments', { ids: [id] })
        ).map((r) => paragraphFromNode(r.get('p')));
        await writeTexts(tx, blocks);
      }
    },
  },
  {
    to: 4,
    what: 'meta timestamps as text',
    run: async (tx) => {
      await tx.run('migrateMetaTimestamps', {});
    },
  },
];

/** The version a database is at: as recorded, or (an older release recorded none) as seen. */
export async function storedModelVersion(db: Database): Promise<number | null> {
  const [row] = await db.read('getMeta', { key: MODEL_KEY });
  const recorded = row?.get('value') as string | null | undefined;
  if (recorded) return Number(recorded);
  const [counts] = await db.read('graphCounts', {});
  if (Number(counts?.get('nodes') ?? 0) === 0) return null;
  return (await db.read('documentsWithText', {})).length > 0 ? 2 : 1;
}

/**
 * Brings the database to MODEL_VERSION; an empty one is simply marked. A database written by a
 * newer release is refused rather than misread.
 */
export async function migrate(db: Database, log: (m: string) => void): Promise<number | null> {
  const from = await storedModelVersion(db);
  if (from !== null && from > MODEL_VERSION) {
    throw new Error(
      `the database was written by a newer release (model ${String(from)}; this release knows ${String(MODEL_VERSION)})`,
    );
  }
  for (const step of STEPS) {
    if (from === null || step.to <= from) continue;
    await db.write(async (tx) => {
      await step.run(tx);
      await tx.run('setMeta', { key: MODEL_KEY, value: String(step.to) });
    });
    log(`database migrated to model ${String(step.to)}: ${step.what}`);
  }
  if (from === null || from < MODEL_VERSION) {
    await db.write(async (tx) => {
      await tx.run('setMeta', { key: MODEL_KEY, value: String(MODEL_VERSION) });
    });
  }
  return from;
}
