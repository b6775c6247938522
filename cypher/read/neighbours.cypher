// Relations of the given types touching each id, on the given side ($outgoing: the id is the start).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types AND (($outgoing AND startNode(r) = n) OR (NOT $outgoing AND endNode(r) = n))
RETURN id, r, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId, m
ORDER BY id, m.sortKey
