// Audit: relations without their :CAUSES twin (same id, between the same two entities),
// which lineage walks: without it the relation is invisible to lineage and whyExists.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT r:CAUSES
  AND NOT EXISTS { MATCH (a)-[c:CAUSES]-(b) WHERE c.id = r.id }
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS fromId, b.id AS toId
ORDER BY id
