MERGE (m:Meta {key: $key})
SET m.value = $value, m.updatedAt = toString(datetime())
