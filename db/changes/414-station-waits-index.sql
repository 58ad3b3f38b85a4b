--liquibase formatted sql

--changeset reports:414-station-waits-index
-- The dashboard's stations read the responses of the advices awaiting an answer (1,152 of 65,000 on the national
-- data set), per advice: with what they read in the index (the organisation for row-level security, the review
-- state and since when), without a visit to the table for each. It replaces the index on advice_id alone, which
-- served every lookup of an advice's responses and serves them still, so a response's insert keeps one index
-- to update here.
create index response_advice_review_idx on response (advice_id) include (organisation_id, review_state, review_state_at);
drop index response_advice_idx;
--rollback create index response_advice_idx on response (advice_id); drop index response_advice_review_idx;
