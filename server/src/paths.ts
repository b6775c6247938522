import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same code runs from server/src (tsx) and from dist/server/src (compiled), so the
// repository root is found by walking up to package.json rather than by a fixed depth.
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'cypher'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (package.json + cypher/)');
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot();
export const repoPath = (...parts: string[]): string => resolve(REPO_ROOT, ...parts);
