// Audit: two document nodes for one symbol. The uniqueness constraint catches exact
// duplicates on :Document only; this also catches case and white-space variants and
// documents that lost their :Document label.
MATCH (d)
WHERE (d:Document OR d.kind = 'DOCUMENT') AND d.symbol IS NOT NULL
WITH toUpper(replace(trim(d.symbol), ' ', '')) AS symbol, d
ORDER BY d.id
WITH symbol, collect(coalesce(d.id, elementId(d))) AS ids
WHERE size(ids) > 1
RETURN symbol, ids
ORDER BY symbol
