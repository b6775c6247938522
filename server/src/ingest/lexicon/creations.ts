// Which body a mandate created, as the project's curated sources say: the reference data's
// CREATES relations and the seed gold's. A sentence that says a mandate "decided to establish
// an open-ended working group … with regard to the Protocol" without naming the group means the
// group that mandate created; the curated graph knows which (issue 26). Only UNTOC's mandates
// are known here: another conference's unnamed group is proposed under its own words.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { repoPath } from '../../paths.js';

const relation = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  action: z.string().nullish(),
});
const statements = z.object({
  relations: z.array(relation).optional(),
  statements: z.array(relation).optional(),
});

let created: Map<string, string[]> | null = null;
// "decision/3/2>body/wg-international-cooperation" → "established as a constant element".
const actions = new Map<string, string>();

function load(): Map<string, string[]> {
  const files = [
    repoPath('data/reference.json'),
    ...readdirSync(repoPath('data/seed'))
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => repoPath('data/seed', f)),
  ];
  const out = new Map<string, string[]>();
  for (const file of files) {
    const data = statements.parse(JSON.parse(readFileSync(file, 'utf8')));
    for (const r of [...(data.relations ?? []), ...(data.statements ?? [])]) {
      if (r.type !== 'CREATES' || !r.to.startsWith('body/')) continue;
      if (r.action) actions.set(`${r.from}>${r.to}`, r.action);
      const bodies = out.get(r.from) ?? [];
      if (!bodies.includes(r.to)) out.set(r.from, [...bodies, r.to]);
    }
  }
  return out;
}

/** The bodies the curated sources say `mandate` created (none when they do not say). */
export function createdBy(mandate: string): readonly string[] {
  created ??= load();
  return created.get(mandate) ?? [];
}

/** How the curated sources say `mandate` created `body` ("established as a constant element"), or null. */
export function creationAction(mandate: string, body: string): string | null {
  created ??= load();
  return actions.get(`${mandate}>${body}`) ?? null;
}
