// Audit: relations that claim a document as their source but quote nothing from it.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT r:CAUSES AND r.source = 'DOCUMENT' AND size(coalesce(r.evidence, [])) = 0
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS fromId, b.id AS toId
ORDER BY id
