// A reviewer rejects a proposal: the entity goes with its relations, the stored texts stop
// pointing at them, and the decision is kept so that the same document does not propose it
// again when it is read again.
MATCH (n:Entity {id: $id})
WHERE n.proposal IS NOT NULL
OPTIONAL MATCH (n)-[r]-()
WHERE NOT type(r) IN ['CAUSES', 'HAS_TEXT']
WITH n, collect(DISTINCT r.id) AS gone
CREATE (:Review {entity: n.id, document: $document, decision: 'REJECTED', quote: $quote, at: $at})
WITH n, gone
CALL (n, gone) {
  MATCH (p:Paragraph)
  WHERE $id IN p.facts OR any(s IN p.statements WHERE any(g IN gone WHERE s CONTAINS '"id":"' + g + '"'))
  SET p.facts = [f IN p.facts WHERE f <> $id],
      p.statements = [s IN p.statements WHERE none(g IN gone WHERE s CONTAINS '"id":"' + g + '"')]
}
DETACH DELETE n
RETURN $id AS id
