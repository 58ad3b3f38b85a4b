--liquibase formatted sql

--changeset adviestracker:001-bodies
create table advisory_body (
    id                   bigint generated always as identity primary key,
    name                 varchar(200) not null,
    short_name           varchar(40)  not null,
    contact_name         varchar(200),
    postal_address       varchar(500),
    response_term_length integer      not null default 6,
    response_term_unit   varchar(20)  not null default 'WEEKS',
    version              integer      not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint advisory_body_name_unique unique (name),
    constraint advisory_body_short_name_unique unique (short_name),
    constraint advisory_body_term_positive check (response_term_length > 0),
    constraint advisory_body_term_unit_known check (response_term_unit in ('WEEKS', 'CALENDAR_DAYS', 'WORKING_DAYS'))
);

create table project_group (
    id      bigint generated always as identity primary key,
    body_id bigint       not null references advisory_body (id),
    name    varchar(200) not null,
    constraint project_group_name_unique unique (body_id, name)
);
--rollback drop table project_group; drop table advisory_body;
