// MERGE on the id. Labels cannot be parameters, so each kind's label is set by a FOREACH
// that runs for that kind only. Names are set on creation, or always when $e.namesAlways
// (curated reference data). $e.provenance is the whole set (list of JSON strings): the writer
// merged it with the stored one in this transaction (seed/merge.ts).
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n += e.names
SET n += e.props
SET n += CASE WHEN e.namesAlways THEN e.names ELSE {} END
SET n.provenance = e.provenance
FOREACH (_ IN CASE WHEN e.kind = 'INSTRUMENT' THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN e.kind = 'BODY' THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN e.kind = 'SESSION' THEN [1] ELSE [] END | SET n:Session)
FOREACH (_ IN CASE WHEN e.kind = 'MANDATE' THEN [1] ELSE [] END | SET n:Mandate)
FOREACH (_ IN CASE WHEN e.kind = 'MEETING' THEN [1] ELSE [] END | SET n:Meeting)
FOREACH (_ IN CASE WHEN e.kind = 'DOCUMENT' THEN [1] ELSE [] END | SET n:Document)
RETURN count(n) AS written
