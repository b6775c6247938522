// The runnable examples for analysts (examples/) run top to bottom against the real HTTP server
// over the test Neo4j: the Jupyter notebook with Debian's Python, the R script, the curl script.
// scripts/ensure-notebook-tools.sh installs Debian's tools once when they are missing (as root).
// The examples run as child processes with async spawn: the server answers them from this
// process's event loop, which a synchronous exec would block.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { Database } from '../../server/src/db/executor.js';
import { startServer, type RunningServer } from '../../server/src/server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const NOTEBOOK = join(repoRoot, 'examples', 'lineage.ipynb');
const MINUTE = 60_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never rejects on a non-zero exit (the test reads `code`). */
function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeout: number; cwd?: string },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env,
      timeout: options.timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** What a failed run printed, for the assertion message. */
const transcript = (r: Run): string =>
  `exit ${r.code ?? r.signal}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;

const notebookSchema = z.object({
  cells: z.array(
    z.object({
      id: z.string().optional(),
      cell_type: z.string(),
      execution_count: z.number().nullable().optional(),
      outputs: z
        .array(
          z.object({
            output_type: z.string(),
            name: z.string().optional(),
            text: z.union([z.string(), z.array(z.string())]).optional(),
            ename: z.string().optional(),
            evalue: z.string().optional(),
            data: z.record(z.string(), z.unknown()).optional(),
          }),
        )
        .optional(),
    }),
  ),
});
type Notebook = z.infer<typeof notebookSchema>;

const readNotebook = async (path: string): Promise<Notebook> =>
  notebookSchema.parse(JSON.parse(await readFile(path, 'utf8')));

const streamText = (cell: Notebook['cells'][number]): string =>
  (cell.outputs ?? [])
    .filter((o) => o.output_type === 'stream')
    .map((o) => (Array.isArray(o.text) ? o.text.join('') : (o.text ?? '')))
    .join('');

let db: Database;
let server: RunningServer;
let workDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-notebook-tools.sh')], {
    stdio: 'inherit',
    timeout: 15 * MINUTE,
  });
  db = new Database({ uri: inject('neo4jUri') });
  server = await startServer(db, 0, '127.0.0.1', () => {});
  // The server names itself `localhost`; the examples get the address it really listens on.
  const { port } = server.httpServer.address() as AddressInfo;
  workDir = await mkdtemp(join(tmpdir(), 'mandate-lineage-examples-'));
  env = {
    ...process.env,
    MANDATE_LINEAGE_URL: `http://127.0.0.1:${port}`,
    MANDATE_LINEAGE_OUT: workDir,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    // Debian's Python only: no kernels or modules from a version manager or the user's folders.
    JUPYTER_DATA_DIR: join(workDir, 'jupyter-data'),
    PYTHONPATH: undefined,
    PYTHONHOME: undefined,
    PYTHONNOUSERSITE: '1',
    // ipykernel's debugger warns about frozen modules on every start.
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
}, 20 * MINUTE);

afterAll(async () => {
  await server.stop();
  await db.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('examples for analysts', () => {
  it('keeps the notebook without outputs', async () => {
    const notebook = await readNotebook(NOTEBOOK);
    const code = notebook.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThan(0);
    for (const cell of code) {
      expect(cell.outputs, `cell ${cell.id ?? '?'}`).toEqual([]);
      expect(cell.execution_count ?? null, `cell ${cell.id ?? '?'}`).toBeNull();
    }
  });

  it(
    'executes the notebook top to bottom with Debian’s Jupyter',
    async () => {
      const executed = join(workDir, 'executed.ipynb');
      const result = await run(
        '/usr/bin/jupyter',
        [
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          NOTEBOOK,
          '--output',
          executed,
          '--ExecutePreprocessor.timeout=120',
        ],
        { env, timeout: 5 * MINUTE },
      );
      expect(result.code, transcript(result)).toBe(0);

      const notebook = await readNotebook(executed);
      const code = notebook.cells.filter((c) => c.cell_type === 'code');
      expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual(
        [],
      );
      const why = code.find((c) => c.id === 'why');
      expect(why, 'the whyExists cell').toBeDefined();
      const printed = streamText(why!);
      expect(printed).toContain(
        'Decision 4/4 (fourth session, 2008, year from reference data) established the Working Group on Trafficking in Persons (para. 4).',
      );
      expect(printed).toContain('Resolution 7/1');
      expect(printed).toContain('В решении 4/4');
      // The evidence table and the CSV preview are rendered as DataFrames.
      const csv = code.find((c) => c.id === 'csv');
      expect(streamText(csv!)).toMatch(/^\d+ links in the CSV/);
      const figure = await stat(join(workDir, 'lineage-CTOC-COP-WG.4-2020-4.png'));
      expect(figure.size).toBeGreaterThan(10_000);
    },
    6 * MINUTE,
  );

  it(
    'runs the R script',
    async () => {
      const result = await run('Rscript', [join(repoRoot, 'examples', 'lineage.R')], {
        env,
        timeout: 2 * MINUTE,
      });
      expect(result.code, transcript(result)).toBe(0);
      expect(result.stdout).toContain(
        'Resolution 5/4 (fifth session, 2010, year from reference data) established the Working Group on Firearms (para. 10).',
      );
      expect(result.stdout).toMatch(/\d+ links in http/);
    },
    3 * MINUTE,
  );

  it(
    'runs the curl examples',
    async () => {
      const result = await run('bash', [join(repoRoot, 'examples', 'query.sh')], {
        env,
        timeout: MINUTE,
        cwd: workDir,
      });
      expect(result.code, transcript(result)).toBe(0);
      expect(result.stdout).toContain('established the Working Group on Firearms');
      expect(result.stdout).toContain('"name_ru":"Решение 4/4"');
      const saved = /^saved (.+) \(\d+ bytes, (\d+) nodes\)$/m.exec(result.stdout);
      expect(saved, result.stdout).not.toBeNull();
      expect(saved![1]!.startsWith(workDir)).toBe(true);
      expect(await readFile(saved![1]!, 'utf8')).toContain('body/wg-firearms');
      expect(Number(saved![2])).toBeGreaterThan(1);
    },
    2 * MINUTE,
  );
});
