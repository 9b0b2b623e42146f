-- Newest-first reads (home page, Atom feeds) and the reindex catch-up ("published since")
-- select versions by publication time; without this index they sort every version.
CREATE INDEX ix_ai_system_version_published_at ON ai_system_version (published_at);
