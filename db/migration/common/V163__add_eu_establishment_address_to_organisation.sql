-- Art 22(1): whether a provider is established in the Union follows from its seat; an organisation seated outside
-- the Union that says it is established in the Union names the address of that establishment.
ALTER TABLE organisation ADD COLUMN eu_establishment_address VARCHAR(1000);
