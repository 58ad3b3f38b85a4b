--liquibase formatted sql

--changeset adviestracker:024-calendar-tokens
-- A personal token for the calendar feed (/calendar.ics?token=...), which Outlook fetches without a
-- session. It reads the feed and nothing else; one per user, only its hash is kept.
create table calendar_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id),
    token_hash   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    constraint calendar_token_one_per_user unique (user_id),
    constraint calendar_token_hash_unique unique (token_hash)
);
--rollback drop table calendar_token;
