// A reviewer vouches for a proposal: the mark goes (the entity now looks like reference
// data) and the decision is kept, with who proposed it and when it was decided.
MATCH (n:Entity {id: $id})
WHERE n.proposal IS NOT NULL
CREATE (:Review {entity: n.id, document: $document, decision: 'ACCEPTED', quote: $quote, at: $at})
REMOVE n.proposal
RETURN n.id AS id
