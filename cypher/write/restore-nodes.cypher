// Restore: nodes with their labels and properties; answers each one's new element id, by
// which restore-relationships.cypher finds the ends (an id seek, no index needed).
UNWIND $nodes AS n
CREATE (x:$(n.labels))
SET x = n.props
RETURN n.key AS key, elementId(x) AS id
