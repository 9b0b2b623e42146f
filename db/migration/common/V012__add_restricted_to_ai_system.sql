-- Art 49(4): entries in Annex III points 6 and 7 (and point 1 for law enforcement or migration)
-- live in the non-public section. Set when a version is published; public reads filter on it.
ALTER TABLE ai_system ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;
