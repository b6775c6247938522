// The relations that change the status of each entity (services/history.ts reads them): what
// created or governs a body, what holds a meeting, a mandate's session and what cites it. Each
// comes with its other end `m` and, when that end is a mandate, its session `s` (which dates it).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[r:CREATES|GOVERNS|HOLDS|CITES]-(m:Entity)
  RETURN r, m
  UNION
  MATCH (n)-[r:ADOPTED_AT]->(m:Entity)
  RETURN r, m
}
OPTIONAL MATCH (s:Entity {id: m.sessionId})
RETURN id, r, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId, m, s
ORDER BY id, r.id
