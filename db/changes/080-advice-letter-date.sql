--liquibase formatted sql

--changeset letters:080-advice-letter-date
-- The date of the advice letter itself ("uw brief van"), apart from the day it was received (which
-- starts the response term). Stored advices had only the one date: that is the best there is.
alter table advice add column letter_dated_on date;
update advice set letter_dated_on = received_on;
--rollback alter table advice drop column letter_dated_on;
