-- Whether the reported system, when the report was started, was an Annex III point 1 system used
-- for law enforcement, migration, asylum or border control management: with its Annex III point
-- it decides whether the market surveillance authority is the Art 74(8) authority (DD087).
ALTER TABLE incident_report ADD COLUMN law_enforcement_use BOOLEAN DEFAULT FALSE NOT NULL;
