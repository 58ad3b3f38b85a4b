--liquibase formatted sql

--changeset organisations:331-body-dissolved
-- An advisory body can be dissolved (opgeheven): from that day no new advice, request or member is
-- registered for it, while everything it advised stays as it was. Reopening clears the date.
alter table advisory_body add column dissolved_on date;
--rollback alter table advisory_body drop column dissolved_on;
