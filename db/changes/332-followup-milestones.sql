--liquibase formatted sql

--changeset accountability:332-followup-milestones splitStatements:false
-- Promises kept in public: a follow-up's milestones, each with the date it is planned for and, once
-- reached, the date it was; and which evidence staff show on the public page of a published advice.
create table followup_milestone (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    followup_id     bigint        not null,
    description     varchar(500)  not null,
    planned_on      date          not null,
    reached_on      date,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint followup_milestone_followup_same_organisation
        foreign key (followup_id, organisation_id) references followup (id, organisation_id),
    constraint followup_milestone_described check (length(btrim(description)) > 0)
);
create index followup_milestone_followup_idx on followup_milestone (followup_id, planned_on, id);
alter table followup_milestone enable row level security;
create policy organisation_isolation on followup_milestone using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

alter table followup_evidence add column shown_in_public boolean not null default false;
--rollback alter table followup_evidence drop column shown_in_public; drop table followup_milestone;
