-- Issue 19: the AI Office's records of the Commission's decisions (Art 52(3), 52(4)) were stored
-- as English change summaries ("<sentence>, decision of 2026-01-31") and showed in English in
-- every language. They are now stored language-neutral as
-- 'commission-decision:<decision>:<date>' and rendered in the reader's language
-- (CommissionDecision). Existing versions whose summary is exactly one of the three sentences
-- with an ISO date are mapped; any other text stays as it was written.
UPDATE gpai_model_version
   SET change_summary = 'commission-decision:DESIGNATED:' || RIGHT(change_summary, 10)
 WHERE change_summary LIKE 'Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4)), decision of __________'
   AND LENGTH(change_summary) = LENGTH('Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4)), decision of ') + 10
   AND TRANSLATE(RIGHT(change_summary, 10), '0123456789', '##########') = '####-##-##';

UPDATE gpai_model_version
   SET change_summary = 'commission-decision:REBUTTAL_ACCEPTED:' || RIGHT(change_summary, 10)
 WHERE change_summary LIKE 'The Commission accepted the provider''s arguments against systemic risk (Art 52(3)), decision of __________'
   AND LENGTH(change_summary) = LENGTH('The Commission accepted the provider''s arguments against systemic risk (Art 52(3)), decision of ') + 10
   AND TRANSLATE(RIGHT(change_summary, 10), '0123456789', '##########') = '####-##-##';

UPDATE gpai_model_version
   SET change_summary = 'commission-decision:REBUTTAL_REJECTED:' || RIGHT(change_summary, 10)
 WHERE change_summary LIKE 'The Commission rejected the provider''s arguments against systemic risk (Art 52(3)), decision of __________'
   AND LENGTH(change_summary) = LENGTH('The Commission rejected the provider''s arguments against systemic risk (Art 52(3)), decision of ') + 10
   AND TRANSLATE(RIGHT(change_summary, 10), '0123456789', '##########') = '####-##-##';
