-- Visibility is a property of each published version (DD020). Every versioned record
-- (AI system entry, deployer registration, GPAI model page) stores
--   * on each version: the section it was published in (PUBLIC, RESTRICTED, ...),
--   * on the record: the section it is in now (that of its latest version, or for a
--     deployer registration that of the entry it points to) and a moderation hold
--     (SUSPENDED), which takes a public record out of public view without a new version.
-- Every public read applies one predicate over these three columns (publication module).

ALTER TABLE ai_system_version ADD COLUMN visibility VARCHAR(20) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE ai_system_version ADD CONSTRAINT ck_ai_system_version_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE ai_system ADD COLUMN visibility VARCHAR(20);
ALTER TABLE ai_system ADD CONSTRAINT ck_ai_system_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE ai_system ADD COLUMN public_hold VARCHAR(20);
ALTER TABLE ai_system ADD CONSTRAINT ck_ai_system_public_hold CHECK (public_hold IN ('SUSPENDED', 'CONSENT_WITHDRAWN'));

-- Each existing version gets the section its own content belongs in (Art 49(4): Annex III
-- points 6 and 7, point 1 when used for law enforcement or migration), the rule of
-- EntryData.restricted. Versions are stored as canonical JSON (properties sorted, no
-- white space), so the properties can be matched exactly.
UPDATE ai_system_version SET visibility = 'RESTRICTED'
WHERE data LIKE '%"annexIIIPoint":"P6%'
   OR data LIKE '%"annexIIIPoint":"P7%'
   OR (data LIKE '%"annexIIIPoint":"P1%' AND data LIKE '%"lawEnforcementOrMigrationUse":true%');

-- An entry now in the non-public section may have been published under the stricter
-- point-1 policy (ALWAYS): all its point-1 versions stay restricted. (The configured
-- policy is applied again to every version at start-up, Point1PolicyReconciler.)
UPDATE ai_system_version SET visibility = 'RESTRICTED'
WHERE data LIKE '%"annexIIIPoint":"P1%'
  AND ai_system_id IN (SELECT ai_system_id FROM ai_system WHERE restricted = TRUE);

-- The latest version of an entry now in the non-public section is restricted, whatever
-- its content says.
UPDATE ai_system_version SET visibility = 'RESTRICTED'
WHERE EXISTS (SELECT 1 FROM ai_system s
              WHERE s.ai_system_id = ai_system_version.ai_system_id
                AND s.published_version = ai_system_version.version_number
                AND s.restricted = TRUE);

UPDATE ai_system SET visibility = (
    SELECT v.visibility FROM ai_system_version v
    WHERE v.ai_system_id = ai_system.ai_system_id AND v.version_number = ai_system.published_version)
WHERE published_version IS NOT NULL;

UPDATE ai_system SET public_hold = 'SUSPENDED' WHERE suspended = TRUE;

-- Registration numbers are given at the first publication, from the series of the section
-- it is published in (public: AIR-000001, AIR-000002, ...; non-public: non-sequential),
-- so public numbers reveal nothing about drafts or the non-public section. Drafts that were
-- never published give theirs back (nothing can refer to an unpublished entry).
ALTER TABLE ai_system ALTER COLUMN registration_number DROP NOT NULL;
UPDATE ai_system SET registration_number = NULL WHERE published_version IS NULL;

ALTER TABLE ai_system DROP COLUMN restricted;
ALTER TABLE ai_system DROP COLUMN suspended;
