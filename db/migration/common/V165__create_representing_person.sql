-- Art 71(5) (DD069): the natural persons responsible for registering who have legal authority to represent the
-- provider or deployer: kept with the organisation (correctable and erasable, never in a published version),
-- restricted to regulators and the organisation's administrators.
CREATE TABLE representing_person (
    person_id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    position_no SMALLINT NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    function_title VARCHAR(200) NOT NULL,
    email VARCHAR(320) NOT NULL,
    phone VARCHAR(50) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT representing_person_pk PRIMARY KEY (person_id),
    CONSTRAINT representing_person_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT representing_person_position_uq UNIQUE (organisation_id, position_no)
);
