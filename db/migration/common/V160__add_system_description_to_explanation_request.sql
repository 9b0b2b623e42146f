-- Art 86 requests about a decision taken with a system that has no public entry (e.g. one registered in the
-- non-public section of Art 49(4), or one the person cannot name): the person names the deployer and describes the
-- system as far as they know it. Encrypted like every other free text of the person; the registration number is
-- then empty ('' as everywhere in the registry for "not given").
ALTER TABLE explanation_request ADD COLUMN system_description_enc VARCHAR(20000);
