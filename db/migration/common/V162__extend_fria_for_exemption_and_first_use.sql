-- Art 27(1): the impact assessment comes before the first use; the day it was first completed is kept so that the
-- order can be checked against the registration's first day of use, also after later updates (Art 27(2)).
-- Art 27(3), 46(1): a deployer whose use is authorised under Art 46(1) may be exempt from notifying the authority.
ALTER TABLE fria ADD COLUMN first_completed_at TIMESTAMP WITH TIME ZONE;
UPDATE fria SET first_completed_at = completed_at WHERE completed_at IS NOT NULL;
ALTER TABLE fria DROP CONSTRAINT ck_fria_state;
ALTER TABLE fria ADD CONSTRAINT ck_fria_state CHECK (state IN ('DRAFT', 'COMPLETED', 'NOTIFIED', 'UPDATE_REQUIRED',
    'EXEMPT'));
