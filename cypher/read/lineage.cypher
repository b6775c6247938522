// The whole lineage subgraph in one statement. Every relation has a twin :CAUSES edge from
// its cause to its effect (written with it, see write/upsert-relations.cypher), so walking
// upstream is following :CAUSES backwards and downstream is following it forwards: a plain
// breadth-first search whose predicates Neo4j evaluates per hop. ANY SHORTEST reaches each
// node once; {1,20} is the API's cap on maxDepth and $maxDepth narrows it.
MATCH (start:Entity {id: $id})
CALL (start) {
  OPTIONAL MATCH p = ANY SHORTEST (start)((a)<-[c:CAUSES]-(b) WHERE $up){1,20}(n:Entity)
  WHERE length(p) <= $maxDepth
  RETURN collect(n) AS up
}
CALL (start) {
  OPTIONAL MATCH p = ANY SHORTEST (start)((a)-[c:CAUSES]->(b) WHERE $down){1,20}(n:Entity)
  WHERE length(p) <= $maxDepth
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
CALL (rels) {
  UNWIND rels AS r
  UNWIND coalesce(r.evidenceDocs, []) + CASE WHEN r.basis IS NULL THEN [] ELSE [r.basis] END AS refId
  WITH DISTINCT refId
  MATCH (d:Entity {id: refId})
  RETURN collect(d) AS referenced
}
RETURN nodes,
       [r IN rels | {r: r, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS edges,
       referenced
