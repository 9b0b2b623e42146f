-- Art 74/79 market surveillance: an entry the authority suspended from public view. Set and
-- cleared by moderation in the same transaction as its SUSPENSION action (which keeps the
-- reason); every public read (pages, API, exports, feeds, search) filters on it, like on
-- restricted.
ALTER TABLE ai_system ADD COLUMN suspended BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE ai_system SET suspended = TRUE
WHERE registration_number IN (
    SELECT registration_number FROM moderation_action WHERE kind = 'SUSPENSION' AND closed_at IS NULL);
