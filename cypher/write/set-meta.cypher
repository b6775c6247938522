MERGE (m:Meta {key: $key})
SET m.value = $value, m.updatedAt = datetime()
