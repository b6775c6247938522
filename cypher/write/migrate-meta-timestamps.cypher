// Model 4: Meta timestamps as ISO strings, so a backup is plain JSON.
MATCH (m:Meta)
WHERE m.updatedAt IS NOT NULL AND NOT valueType(m.updatedAt) STARTS WITH 'STRING'
SET m.updatedAt = toString(m.updatedAt)
RETURN count(m) AS updated
