-- Deployer registrations and GPAI model pages on the publication kernel (DD020): the same
-- visibility columns as AI system entries (V100).

-- Deployer registrations: the section of the entry they point to, now.
ALTER TABLE deployment_version ADD COLUMN visibility VARCHAR(20) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE deployment_version ADD CONSTRAINT ck_deployment_version_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE deployment ADD COLUMN visibility VARCHAR(20);
ALTER TABLE deployment ADD CONSTRAINT ck_deployment_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE deployment ADD COLUMN public_hold VARCHAR(20);
ALTER TABLE deployment ADD CONSTRAINT ck_deployment_public_hold CHECK (public_hold IN ('SUSPENDED', 'CONSENT_WITHDRAWN'));

UPDATE deployment SET visibility = 'RESTRICTED' WHERE published_version IS NOT NULL;
UPDATE deployment SET visibility = 'PUBLIC'
WHERE restricted = FALSE
  AND published_version IS NOT NULL
  AND EXISTS (SELECT 1 FROM ai_system s
              WHERE s.registration_number = deployment.provider_registration_number
                AND s.visibility = 'PUBLIC');

-- When its versions were published is not known for older registrations: a version is
-- public only if its registration is public now.
UPDATE deployment_version SET visibility = 'RESTRICTED'
WHERE deployment_id IN (SELECT deployment_id FROM deployment WHERE visibility = 'RESTRICTED');

ALTER TABLE deployment DROP COLUMN restricted;

-- GPAI model pages are public (Art 53(1)(d), Art 52(5)).
ALTER TABLE gpai_model_version ADD COLUMN visibility VARCHAR(20) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE gpai_model_version ADD CONSTRAINT ck_gpai_model_version_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE gpai_model ADD COLUMN visibility VARCHAR(20);
ALTER TABLE gpai_model ADD CONSTRAINT ck_gpai_model_visibility
    CHECK (visibility IN ('PUBLIC', 'PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD', 'NEVER_PUBLIC'));
ALTER TABLE gpai_model ADD COLUMN public_hold VARCHAR(20);
ALTER TABLE gpai_model ADD CONSTRAINT ck_gpai_model_public_hold CHECK (public_hold IN ('SUSPENDED', 'CONSENT_WITHDRAWN'));
UPDATE gpai_model SET visibility = 'PUBLIC' WHERE published_version IS NOT NULL;
