-- The digest (V262, DD097) of every version stored before it was kept: the same seven
-- properties of the version's JSON (a property the JSON lacks is null, read as the same
-- default as when it is missing).
UPDATE ai_system_version
SET digest = (SELECT jsonb_build_object('language', j -> 'language', 'annexIIIPoint', j -> 'annexIIIPoint',
        'tradeName', j -> 'tradeName', 'intendedPurpose', j -> 'intendedPurpose', 'status', j -> 'status',
        'memberStates', j -> 'memberStates', 'classification', j -> 'classification')::text
    FROM (SELECT data::jsonb AS j) AS version)
WHERE digest IS NULL;
