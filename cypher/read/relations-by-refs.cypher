// Relations by id, found from their endpoints (the entity id index; relations have no index of their own).
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.from})-[r {id: ref.id}]->(b:Entity {id: ref.to})
WHERE NOT r:CAUSES
RETURN ref.id AS id, r, type(r) AS type, a.id AS fromId, b.id AS toId
