--liquibase formatted sql

--changeset adviestracker:020-due-date-extensions
-- Each extension of the college's term to answer an advice, with its reason. Only ever added;
-- advice.response_due_on holds the date now in force.
create table advice_due_date_extension (
    id              bigint generated always as identity primary key,
    advice_id       bigint        not null references advice (id),
    previous_due_on date          not null,
    new_due_on      date          not null,
    reason          varchar(2000) not null,
    extended_by     varchar(200)  not null,
    extended_at     timestamptz   not null default now(),
    constraint advice_due_date_extension_later check (new_due_on > previous_due_on),
    constraint advice_due_date_extension_reason_given check (length(btrim(reason)) > 0)
);
create index advice_due_date_extension_advice_idx on advice_due_date_extension (advice_id, id);
--rollback drop table advice_due_date_extension;
