// Keyset pagination (Relay cursors) seeks on sortKey instead of skipping rows.
CREATE RANGE INDEX entity_sort_key IF NOT EXISTS FOR (n:Entity) ON (n.sortKey)
