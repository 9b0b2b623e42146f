-- Authorities (issue 20): what kind of authority an organisation is and where it acts, and the competences of
-- its users (who reads the non-public section, who handles FRIA notifications, complaints, serious incidents,
-- real-world testing and GPAI models). Administrators create authorities and their users; sign-up cannot.
ALTER TABLE organisation ADD COLUMN authority_kind VARCHAR(40);
-- The Member State of a national authority (EU code, EL for Greece); NULL for Union bodies and non-authorities.
ALTER TABLE organisation ADD COLUMN member_state VARCHAR(2);
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_authority_kind CHECK (authority_kind IS NULL
    OR authority_kind IN ('MARKET_SURVEILLANCE_AUTHORITY', 'DATA_PROTECTION_AUTHORITY', 'AI_OFFICE',
                          'REGISTRY_OPERATOR'));

CREATE TABLE user_competence (
    user_id             UUID                     NOT NULL,
    competence          VARCHAR(40)              NOT NULL,
    granted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_competence PRIMARY KEY (user_id, competence),
    CONSTRAINT fk_user_competence_user FOREIGN KEY (user_id) REFERENCES app_user (user_id),
    CONSTRAINT ck_user_competence CHECK (competence IN ('RESTRICTED_SECTION', 'FRIA_NOTIFICATIONS', 'COMPLAINTS',
                                                        'SERIOUS_INCIDENTS', 'REAL_WORLD_TESTING', 'GPAI'))
);
CREATE INDEX ix_user_competence_competence ON user_competence (competence);

-- Authorities created before this migration are market surveillance authorities of the Member State of their
-- seat, and their regulators keep everything they could do: every competence.
UPDATE organisation
   SET authority_kind = 'MARKET_SURVEILLANCE_AUTHORITY',
       member_state = CASE WHEN country = 'GR' THEN 'EL' ELSE country END
 WHERE roles LIKE '%AUTHORITY%'
   AND country IN ('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
                   'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE');
UPDATE organisation SET authority_kind = 'AI_OFFICE' WHERE roles LIKE '%AUTHORITY%' AND authority_kind IS NULL;

INSERT INTO user_competence (user_id, competence, granted_at)
SELECT u.user_id, c.competence, CURRENT_TIMESTAMP
  FROM app_user u
  JOIN organisation o ON o.organisation_id = u.organisation_id
 CROSS JOIN (SELECT 'RESTRICTED_SECTION' AS competence
             UNION ALL SELECT 'FRIA_NOTIFICATIONS'
             UNION ALL SELECT 'COMPLAINTS'
             UNION ALL SELECT 'SERIOUS_INCIDENTS'
             UNION ALL SELECT 'REAL_WORLD_TESTING'
             UNION ALL SELECT 'GPAI') c
 WHERE u.roles LIKE '%REGULATOR%'
   AND o.authority_kind IS NOT NULL;
