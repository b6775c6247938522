// Relationship types cannot be parameters either: one FOREACH per type, MERGE on the stable id.
// Each relation also gets a :CAUSES twin from its cause to its effect ($causeAtStart says
// which end that is), which is what lineage walks.
UNWIND $relations AS r
MATCH (a:Entity {id: r.fromId})
MATCH (b:Entity {id: r.toId})
FOREACH (_ IN CASE WHEN r.type = 'CREATES' THEN [1] ELSE [] END | MERGE (a)-[x:CREATES {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'GOVERNS' THEN [1] ELSE [] END | MERGE (a)-[x:GOVERNS {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'ADOPTED_AT' THEN [1] ELSE [] END | MERGE (a)-[x:ADOPTED_AT {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'CONCERNS' THEN [1] ELSE [] END | MERGE (a)-[x:CONCERNS {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'HOLDS' THEN [1] ELSE [] END | MERGE (a)-[x:HOLDS {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'PRODUCES' THEN [1] ELSE [] END | MERGE (a)-[x:PRODUCES {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'SUBMITTED_TO' THEN [1] ELSE [] END | MERGE (a)-[x:SUBMITTED_TO {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'SUPPLEMENTS' THEN [1] ELSE [] END | MERGE (a)-[x:SUPPLEMENTS {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'SESSION_OF' THEN [1] ELSE [] END | MERGE (a)-[x:SESSION_OF {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'REFERENCES' THEN [1] ELSE [] END | MERGE (a)-[x:REFERENCES {id: r.id}]->(b) SET x += r.props)
FOREACH (_ IN CASE WHEN r.type = 'CITES' THEN [1] ELSE [] END | MERGE (a)-[x:CITES {id: r.id}]->(b) SET x += r.props)
// Evidence is a set: the same statement read again, or read in another language, adds its
// quotes to the edge instead of making a second edge. $r.evidence is the whole set: the
// writer merged it with the stored one in this transaction (seed/merge.ts).
WITH r, a, b
MATCH (a)-[x {id: r.id}]->(b)
WHERE NOT x:CAUSES
SET x.evidence = r.evidence, x.evidenceDocs = r.evidenceDocs
WITH r, CASE WHEN r.causeAtStart THEN a ELSE b END AS cause, CASE WHEN r.causeAtStart THEN b ELSE a END AS effect
MERGE (cause)-[c:CAUSES {id: r.id}]->(effect)
RETURN count(*) AS written
