// A reviewer rejects a proposal: the entity goes with its relations, the stored texts stop
// pointing at them ($statementPrefixes: how each stored statement of those relations begins,
// computed by the caller from read/relations-of-entity.cypher), and the decision is kept so
// that the same document does not propose it again when it is read again.
MATCH (n:Entity {id: $id})
WHERE n.proposal IS NOT NULL
CREATE (:Review {entity: n.id, document: $document, decision: 'REJECTED', quote: $quote, at: $at})
WITH n
CALL (n) {
  MATCH (p:Paragraph)
  WHERE $id IN p.facts OR any(s IN p.statements WHERE any(k IN $statementPrefixes WHERE s STARTS WITH k))
  SET p.facts = [f IN p.facts WHERE f <> $id],
      p.statements = [s IN p.statements WHERE none(k IN $statementPrefixes WHERE s STARTS WITH k)]
}
DETACH DELETE n
RETURN $id AS id
