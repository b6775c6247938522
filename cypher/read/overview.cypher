// Counts by label and by relationship type come from Neo4j's count store (no scan), so the
// landing page's overview stays instant on a registry-sized graph. Every relation has a
// :CAUSES twin (see write/upsert-relations.cypher), which is not a relation of its own.
CALL () { MATCH (n:Instrument) RETURN count(n) AS instruments }
CALL () { MATCH (n:Body) RETURN count(n) AS bodies }
CALL () { MATCH (n:Session) RETURN count(n) AS sessions }
CALL () { MATCH (n:Mandate) RETURN count(n) AS mandates }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH ()-[r]->() RETURN count(r) AS allRelationships }
CALL () { MATCH ()-[r:CAUSES]->() RETURN count(r) AS causes }
// A document's stored text hangs off it by :HAS_TEXT, which is not a relation either.
CALL () { MATCH ()-[r:HAS_TEXT]->() RETURN count(r) AS text }
// An ingested document records the language of the version read (its `lang`).
CALL () {
  MATCH (d:Document)
  WHERE d.lang IS NOT NULL
  WITH d ORDER BY d.sortKey
  LIMIT $limit
  RETURN collect(d) AS sources
}
RETURN
  {INSTRUMENT: instruments, BODY: bodies, SESSION: sessions, MANDATE: mandates,
   MEETING: meetings, DOCUMENT: documents} AS entities,
  allRelationships - causes - text AS relations,
  sources
