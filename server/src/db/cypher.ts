// The one way code reaches a Cypher statement: by name, from a .cypher file under cypher/.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoPath } from '../paths.js';

export const CYPHER_FILES = {
  entitiesByIds: 'read/entities-by-ids.cypher',
  neighbours: 'read/neighbours.cypher',
  search: 'read/search.cypher',
  lineage: 'read/lineage.cypher',
  listMandates: 'read/list-mandates.cypher',
  listBodies: 'read/list-bodies.cypher',
  listDocuments: 'read/list-documents.cypher',
  listSessions: 'read/list-sessions.cypher',
  getMeta: 'read/get-meta.cypher',
  graphCounts: 'read/graph-counts.cypher',
  overview: 'read/overview.cypher',
  backupNodes: 'read/backup-nodes.cypher',
  backupRelationships: 'read/backup-relationships.cypher',
  countNodes: 'read/count-nodes.cypher',
  documentsWithText: 'read/documents-with-text.cypher',
  auditMissingProperties: 'read/audit-missing-properties.cypher',
  auditRelationsWithoutEvidence: 'read/audit-relations-without-evidence.cypher',
  auditRelationsWithoutCauses: 'read/audit-relations-without-causes.cypher',
  auditDuplicateSymbols: 'read/audit-duplicate-symbols.cypher',
  auditEvidence: 'read/audit-evidence.cypher',
  auditParagraphs: 'read/audit-paragraphs.cypher',
  paragraphsOfDocuments: 'read/paragraphs-of-documents.cypher',
  relationsByRefs: 'read/relations-by-refs.cypher',
  relationsCitingDocument: 'read/relations-citing-document.cypher',
  entitiesCitingDocument: 'read/entities-citing-document.cypher',
  entitiesWithClaims: 'read/entities-with-claims.cypher',
  rejections: 'read/rejections.cypher',
  relationsOfEntity: 'read/relations-of-entity.cypher',
  statusRelations: 'read/status-relations.cypher',
  listProposals: 'read/list-proposals.cypher',
  acceptProposal: 'write/accept-proposal.cypher',
  rejectProposal: 'write/reject-proposal.cypher',
  migrateMetaTimestamps: 'write/migrate-meta-timestamps.cypher',
  replaceParagraphs: 'write/replace-paragraphs.cypher',
  restoreNodes: 'write/restore-nodes.cypher',
  restoreRelationships: 'write/restore-relationships.cypher',
  setEvidence: 'write/set-evidence.cypher',
  setMeta: 'write/set-meta.cypher',
  setProvenance: 'write/set-provenance.cypher',
  upsertEntities: 'write/upsert-entities.cypher',
  upsertRelations: 'write/upsert-relations.cypher',
} as const;

export type CypherName = keyof typeof CYPHER_FILES;

const CYPHER_DIR = repoPath('cypher');
const cache = new Map<string, string>();

function readCypher(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, path), 'utf8').trim();
    cache.set(path, text);
  }
  return text;
}

export function cypher(name: CypherName): string {
  return readCypher(CYPHER_FILES[name]);
}

/** Schema statements (constraints, indexes), one per file, applied in file-name order. */
export function schemaStatements(): { file: string; text: string }[] {
  return readdirSync(join(CYPHER_DIR, 'schema'))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ file: `schema/${f}`, text: readCypher(`schema/${f}`) }));
}

/** Every .cypher file on disk, for the EXPLAIN test and the orphan check. */
export function allCypherFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? walk(join(dir, d.name))
        : d.name.endsWith('.cypher')
          ? [join(dir, d.name)]
          : [],
    );
  return walk(CYPHER_DIR)
    .map((f) => relative(CYPHER_DIR, f))
    .sort();
}

export function cypherFileText(path: string): string {
  return readCypher(path);
}
