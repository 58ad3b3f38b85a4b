--liquibase formatted sql

--changeset adviestracker:140-letter-variant
-- A body may have its reply letters laid out by its own variant of the reply template
-- (letters/reply-<variant>.hbs); none: the reply template itself.
alter table advisory_body add column letter_variant varchar(40);
alter table advisory_body add constraint advisory_body_letter_variant_name
    check (letter_variant is null or letter_variant ~ '^[a-z0-9][a-z0-9-]{0,39}$');
--rollback alter table advisory_body drop column letter_variant;
