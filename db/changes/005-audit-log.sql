--liquibase formatted sql

--changeset adviestracker:005-audit-log
-- Every write: who, when, what before and after. Never updated, never deleted.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(200) not null,
    action      varchar(40)  not null,
    entity      varchar(40)  not null,
    entity_id   bigint       not null,
    advice_id   bigint,
    before      jsonb,
    after       jsonb
);
create index audit_event_advice_idx on audit_event (advice_id, occurred_at);
--rollback drop table audit_event;
