// The whole lineage subgraph in one statement. Every relation has a twin :CAUSES edge from
// its cause to its effect (written with it, see write/upsert-relations.cypher), so walking
// upstream is following :CAUSES backwards and downstream is following it forwards.
// Keeping only each node's shortest distance (min(length(p))) lets Neo4j plan a pruning
// breadth-first expand (VarLengthExpand(Pruning,BFS)) that visits each node once; *1..20 is
// the API's cap on maxDepth and $maxDepth narrows it. (ANY SHORTEST over a {1,20} quantified
// pattern answered the same but took 25 s for a 254-node upstream on a 100k-node registry; README, Performance.)
MATCH (start:Entity {id: $id})
CALL (start) {
  OPTIONAL MATCH p = (start)<-[:CAUSES*1..20]-(n:Entity)
  WHERE $up
  WITH n, min(length(p)) AS depth
  WHERE depth <= $maxDepth
  RETURN collect(n) AS up
}
CALL (start) {
  OPTIONAL MATCH p = (start)-[:CAUSES*1..20]->(n:Entity)
  WHERE $down
  WITH n, min(length(p)) AS depth
  WHERE depth <= $maxDepth
  RETURN collect(n) AS down
}
UNWIND [start] + up + down AS x
WITH collect(DISTINCT x) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND NOT r:CAUSES
  RETURN collect(r) AS rels
}
// Entities the answer names outside the subgraph come back too: evidence documents, bases,
// and the sessions of mandates (the explorer shows "adopted at"), so no second statement runs.
CALL (rels, nodes) {
  UNWIND reduce(
    acc = [x IN nodes WHERE x.sessionId IS NOT NULL | x.sessionId],
    r IN rels | acc + coalesce(r.evidenceDocs, []) + CASE WHEN r.basis IS NULL THEN [] ELSE [r.basis] END
  ) AS refId
  WITH DISTINCT refId
  MATCH (d:Entity {id: refId})
  RETURN collect(d) AS referenced
}
RETURN nodes,
       [r IN rels | {r: r, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS edges,
       referenced
