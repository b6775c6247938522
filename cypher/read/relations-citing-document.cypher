// Every relation whose evidence cites the document (the writer matches its quotes to the
// document's blocks). Reads every relationship: run when a document's text is written, never
// on a request.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT r:CAUSES AND $document IN coalesce(r.evidenceDocs, [])
RETURN r, type(r) AS type, a.id AS fromId, b.id AS toId
