// Every entity with a stated fact (provenance quoted from a document); the writer keeps those
// citing the document being written and marks their quotes in its blocks. Reads every entity:
// run when a document's text is written, never on a request.
MATCH (n:Entity)
WHERE size(coalesce(n.provenance, [])) > 0
RETURN n
