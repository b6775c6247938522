// MERGE on the id. Labels cannot be parameters, so each kind's label is set by a FOREACH
// that runs for that kind only. Names are set on creation, or always when $e.namesAlways
// (curated reference data); provenance is a set (list of JSON strings), unioned, so a
// second version of a document adds to it instead of replacing it.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n += e.names
SET n += e.props
SET n += CASE WHEN e.namesAlways THEN e.names ELSE {} END
SET n.provenance = reduce(
  acc = CASE WHEN valueType(n.provenance) STARTS WITH 'LIST' THEN n.provenance ELSE [] END,
  p IN e.provenance | CASE WHEN p IN acc THEN acc ELSE acc + p END)
FOREACH (_ IN CASE WHEN e.kind = 'INSTRUMENT' THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN e.kind = 'BODY' THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN e.kind = 'SESSION' THEN [1] ELSE [] END | SET n:Session)
FOREACH (_ IN CASE WHEN e.kind = 'MANDATE' THEN [1] ELSE [] END | SET n:Mandate)
FOREACH (_ IN CASE WHEN e.kind = 'MEETING' THEN [1] ELSE [] END | SET n:Meeting)
FOREACH (_ IN CASE WHEN e.kind = 'DOCUMENT' THEN [1] ELSE [] END | SET n:Document)
RETURN count(n) AS written
