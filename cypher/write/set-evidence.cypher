// Replaces the evidence of relations (JSON strings, with the documents they cite): the text
// writer re-anchors quotes to a version read again (seed/texts.ts).
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[x {id: row.id}]->(:Entity {id: row.to})
WHERE NOT x:CAUSES
SET x.evidence = row.evidence, x.evidenceDocs = row.evidenceDocs
RETURN count(x) AS written
