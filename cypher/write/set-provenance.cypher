// Replaces the provenance of entities (JSON strings): the text writer re-anchors quotes to a
// version read again (seed/texts.ts).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.provenance = row.provenance
RETURN count(n) AS written
