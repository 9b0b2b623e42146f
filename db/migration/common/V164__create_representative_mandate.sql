-- Art 22(3), Annex VIII A.3 (DD067): a provider names the authorised representative of an entry by an e-mail
-- address and an organisation name; the representative confirms or declines its mandate in the portal, signed in
-- as a member of its organisation. A.3 publishes only a confirmed mandate, as that organisation's own record.
-- One row per invitation; naming another representative withdraws the current one (withdrawn_at).
CREATE TABLE representative_mandate (
    mandate_id UUID NOT NULL,
    system_id UUID NOT NULL,
    provider_organisation_id UUID NOT NULL,
    invited_email VARCHAR(320) NOT NULL,
    invited_organisation VARCHAR(300) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    state VARCHAR(16) NOT NULL,
    invited_by UUID NOT NULL,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    representative_organisation_id UUID,
    answered_by UUID,
    answered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT representative_mandate_pk PRIMARY KEY (mandate_id),
    CONSTRAINT representative_mandate_token_uq UNIQUE (token_hash),
    CONSTRAINT representative_mandate_state_ck CHECK (state IN ('INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'))
);

CREATE INDEX representative_mandate_system_idx ON representative_mandate (system_id, invited_at);
