// Audit: entities without a property their kind requires (Community cannot enforce
// existence constraints). Nodes carrying a kind label but not :Entity are checked too.
MATCH (n)
WHERE n:Entity OR n:Instrument OR n:Body OR n:Session OR n:Mandate OR n:Meeting OR n:Document
WITH n,
  ['id', 'kind', 'nameEn', 'nameRu', 'sortKey'] +
  CASE n.kind
    WHEN 'MANDATE' THEN ['number', 'sessionId']
    WHEN 'MEETING' THEN ['bodyId', 'ordinal', 'status']
    WHEN 'DOCUMENT' THEN ['type']
    WHEN 'SESSION' THEN ['number']
    ELSE []
  END AS required
WITH n, [p IN required WHERE n[p] IS NULL OR n[p] = ''] AS missing
WHERE size(missing) > 0
RETURN coalesce(n.id, elementId(n)) AS id, n.kind AS kind, missing
ORDER BY id
