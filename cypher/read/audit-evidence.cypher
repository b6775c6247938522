// Audit: every quote stored as evidence (on relations) or as provenance (on entities), for
// the caller to check against the text of its document. Items are JSON strings.
CALL () {
  MATCH ()-[r]->()
  WHERE NOT r:CAUSES AND size(coalesce(r.evidence, [])) > 0
  RETURN 'relation' AS owner, coalesce(r.id, elementId(r)) AS id, r.evidence AS items
  UNION ALL
  MATCH (n:Entity)
  WHERE size(coalesce(n.provenance, [])) > 0
  RETURN 'entity' AS owner, n.id AS id,
    CASE WHEN valueType(n.provenance) STARTS WITH 'LIST' THEN n.provenance ELSE [n.provenance] END AS items
}
RETURN owner, id, items
ORDER BY owner, id
