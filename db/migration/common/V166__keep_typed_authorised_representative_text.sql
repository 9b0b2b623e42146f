-- Art 22(3), Annex VIII A.3 (DD067): before mandates (V164) the provider typed A.3 as free text into the draft. The next
-- save sets A.3 from the mandate, which would drop that text without a word. The draft of every entry that still holds
-- typed text and never named a representative through the portal is kept here as it stood (the canonical JSON of the
-- draft; the application reads its A.3 field), so the provider sees what it typed and can invite that representative,
-- and regulators see it on the moderation page. Rows are never updated or deleted by the application.
CREATE TABLE typed_authorised_representative (
    ai_system_id UUID NOT NULL,
    draft_data TEXT NOT NULL,
    kept_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT typed_authorised_representative_pk PRIMARY KEY (ai_system_id),
    CONSTRAINT typed_authorised_representative_system_fk FOREIGN KEY (ai_system_id) REFERENCES ai_system (ai_system_id)
);

INSERT INTO typed_authorised_representative (ai_system_id, draft_data, kept_at)
SELECT s.ai_system_id, s.draft_data, CURRENT_TIMESTAMP
FROM ai_system s
WHERE s.draft_data LIKE '%"authorisedRepresentative":"%'
  AND s.draft_data NOT LIKE '%"authorisedRepresentative":""%'
  AND s.draft_data NOT LIKE '%"authorisedRepresentative":"mandate:%'
  AND NOT EXISTS (SELECT 1 FROM representative_mandate m WHERE m.system_id = s.ai_system_id);
