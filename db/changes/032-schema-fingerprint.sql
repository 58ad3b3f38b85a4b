--liquibase formatted sql

--changeset adviestracker:032-schema-fingerprint
-- The SHA-256 of the changelog files as of the last successful migration. At start-up the service
-- compares it with its own changelog and skips Liquibase's (slow) check when they are equal.
create table schema_fingerprint (
    id          integer     primary key default 1,
    sha256      varchar(64) not null,
    migrated_at timestamptz not null default now(),
    constraint schema_fingerprint_single_row check (id = 1)
);
--rollback drop table schema_fingerprint;
