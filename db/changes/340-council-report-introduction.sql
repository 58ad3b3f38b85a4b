--liquibase formatted sql

--changeset accountability:340-council-report-introduction splitStatements:false
-- The introduction staff write above the report to the council, one per organisation, advisory body
-- and period ('2009' for a year, '2022-2026' for a council term), so it is there again when the report
-- is made once more. Changes are kept in the audit log (entity council_report_introduction).
create table council_report_introduction (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    body_id         bigint        not null,
    period          varchar(9)    not null,
    text            varchar(4000) not null,
    updated_by      varchar(200)  not null,
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint council_report_introduction_body_same_organisation
        foreign key (body_id, organisation_id) references advisory_body (id, organisation_id),
    constraint council_report_introduction_period_form check (period ~ '^[0-9]{4}(-[0-9]{4})?$'),
    constraint council_report_introduction_once unique (organisation_id, body_id, period)
);
alter table council_report_introduction enable row level security;
create policy organisation_isolation on council_report_introduction using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());
--rollback drop table council_report_introduction;
