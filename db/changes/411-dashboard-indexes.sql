--liquibase formatted sql

--changeset reports:411-dashboard-indexes
-- The dashboard's trend reads only the advices of its last quarters: those received since a day (found by
-- receipt, with what the trend needs in the index) and those answered since then (found by the letter's
-- sending). Its route stations read the advices awaiting an answer, a few hundred of ten thousand.
create index advice_received_on_idx on advice (received_on) include (id, response_due_on, status)
    where deleted_at is null;
create index letter_route_sent_idx on letter_route (sent_on) where station = 'SENT';
create index advice_awaiting_answer_idx on advice (id) include (received_on)
    where deleted_at is null and status = 'RECEIVED';
--rollback drop index advice_received_on_idx; drop index letter_route_sent_idx; drop index advice_awaiting_answer_idx;
