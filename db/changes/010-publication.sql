--liquibase formatted sql

--changeset adviestracker:010-publication
-- Staff publish an answered advice and the college's responses for the public view and the Atom feed.
-- A withdrawal keeps the row (who published and withdrew what, when); publishing again adds a new one.
create table publication (
    id            bigint generated always as identity primary key,
    advice_id     bigint       not null references advice (id),
    published_on  date         not null,
    published_at  timestamptz  not null default now(),
    published_by  varchar(200) not null,
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(200),
    version       integer      not null default 0,
    constraint publication_withdrawal_complete check ((withdrawn_at is null) = (withdrawn_by is null))
);
-- At most one publication of an advice is in force at a time.
create unique index publication_in_force_unique on publication (advice_id) where withdrawn_at is null;
create index publication_published_idx on publication (published_at) where withdrawn_at is null;
--rollback drop table publication;
