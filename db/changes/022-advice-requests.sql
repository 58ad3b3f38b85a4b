--liquibase formatted sql

--changeset adviestracker:022-advice-requests
-- The college asks a body for advice (adviesaanvraag) on a draft policy, with a question and the date
-- by which the advice is needed. The advice that answers it links it; the draft document is kept here.
create table advice_request (
    id            bigint generated always as identity primary key,
    body_id       bigint        not null references advisory_body (id),
    subject       varchar(300)  not null,
    question      text          not null,
    requested_on  date          not null,
    needed_by     date          not null,
    decision      varchar(300),
    decision_on   date,
    department    varchar(200),
    status        varchar(20)   not null default 'OPEN',
    advice_id     bigint        references advice (id),
    document_name varchar(255),
    document_type varchar(200),
    document_size integer,
    document      bytea,
    created_by    varchar(200)  not null,
    version       integer       not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint advice_request_status_known check (status in ('OPEN', 'ANSWERED', 'WITHDRAWN')),
    constraint advice_request_answered_by_advice check ((status = 'ANSWERED') = (advice_id is not null)),
    constraint advice_request_one_per_advice unique (advice_id),
    constraint advice_request_document_complete check ((document is null) = (document_name is null)),
    constraint advice_request_needed_after_request check (needed_by >= requested_on)
);
create index advice_request_open_idx on advice_request (body_id, needed_by) where status = 'OPEN';
--rollback drop table advice_request;
