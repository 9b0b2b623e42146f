-- What a list or an index of entries holds of a version's content (PublicEntryDigest.Content,
-- DD097): its canonical JSON, written with the version (a version never changes). A reindex
-- reads these few properties (about 270 bytes) instead of each version's whole JSON (about
-- 920). Versions stored before this column have none and are read from their whole JSON;
-- on PostgreSQL V262_1 fills it in for them.
ALTER TABLE ai_system_version ADD COLUMN digest TEXT;
