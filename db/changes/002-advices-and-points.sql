--liquibase formatted sql

--changeset adviestracker:002-advices-and-points
create table advice (
    id                    bigint generated always as identity primary key,
    body_id               bigint        not null references advisory_body (id),
    project_group_id      bigint        references project_group (id),
    subject               varchar(300)  not null,
    kind                  varchar(20)   not null,
    received_on           date          not null,
    their_reference       varchar(100),
    our_reference         varchar(100),
    theme                 varchar(100),
    department            varchar(200),
    portfolio_holder      varchar(200),
    response_due_on       date          not null,
    status                varchar(20)   not null,
    supplements_advice_id bigint        references advice (id),
    introduction          text,
    conclusion            text,
    version               integer       not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    deleted_at            timestamptz,
    constraint advice_kind_known check (kind in ('SOLICITED', 'UNSOLICITED')),
    constraint advice_status_known check (status in ('DRAFT', 'RECEIVED', 'ANSWERED')),
    constraint advice_not_supplementing_itself check (supplements_advice_id <> id)
);
create index advice_body_idx on advice (body_id) where deleted_at is null;
create index advice_due_idx on advice (response_due_on) where deleted_at is null and status <> 'ANSWERED';

create table point (
    id                 bigint generated always as identity primary key,
    advice_id          bigint       not null references advice (id),
    position           integer      not null,
    label              varchar(20)  not null,
    text               text         not null,
    kind               varchar(20)  not null,
    document_reference varchar(200),
    version            integer      not null default 0,
    constraint point_kind_known check (kind in ('RECOMMENDATION', 'QUESTION', 'OBSERVATION', 'REQUEST')),
    constraint point_label_unique unique (advice_id, label),
    constraint point_position_unique unique (advice_id, position) deferrable initially deferred,
    -- lets response_point check that a response and its points belong to the same advice
    constraint point_in_advice unique (id, advice_id)
);
--rollback drop table point; drop table advice;
