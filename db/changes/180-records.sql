--liquibase formatted sql

--changeset adviestracker:180-records splitStatements:false
-- Records that meet the law (issue 20): retention periods per organisation and kind of record, the
-- destruction list's approvals, the kept record of each destruction, and the redactions staff decide
-- before an advice is published.

-- How long each kind of record is kept; a kind without a row has the default the service documents.
-- amount null: kept for ever (bewaren, later transferred to the archive), never on a destruction list.
create table retention_period (
    organisation_id bigint        not null default current_organisation() references organisation (id),
    record_kind     varchar(30)   not null,
    amount          integer,
    unit            varchar(10)   not null,
    -- the ground for the period, e.g. the Selectielijst category the archivist confirmed
    basis           varchar(500)  not null,
    updated_by      varchar(200)  not null,
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint retention_period_pkey primary key (organisation_id, record_kind),
    constraint retention_period_kind_known check (record_kind in
        ('ADVICE', 'LETTER', 'FOLLOWUP', 'INTAKE_DOCUMENT', 'AUDIT_LOG', 'MAIL_LOG', 'SESSION')),
    constraint retention_period_unit_known check (unit in ('DAYS', 'MONTHS', 'YEARS')),
    constraint retention_period_amount_positive check (amount is null or amount between 1 and 1000)
);

-- A manager's decision that an item of the destruction list may be destroyed. It is removed when the
-- item is destroyed (the destruction record keeps who decided), or withdrawn by a manager before.
create table destruction_approval (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    record_kind     varchar(30)   not null,
    record_key      varchar(100)  not null,
    approved_by     varchar(200)  not null,
    approved_at     timestamptz   not null default now(),
    constraint destruction_approval_once unique (organisation_id, record_kind, record_key)
);

-- What was destroyed, when, by whose decision and under which period: never the content.
create table destruction_record (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    record_kind     varchar(30)   not null,
    record_key      varchar(100)  not null,
    -- an identifying reference without content: "advies 12, ons kenmerk DMO-2024-7"
    reference       varchar(300)  not null,
    period          varchar(700)  not null,
    eligible_since  date          not null,
    approved_by     varchar(200)  not null,
    approved_at     timestamptz   not null,
    destroyed_by    varchar(200)  not null,
    destroyed_at    timestamptz   not null default now(),
    rows_destroyed  integer       not null
);
create index destruction_record_organisation_idx on destruction_record (organisation_id, destroyed_at);

-- Staff's decision on a name or contact detail in an advice's texts: proposed by the service (or added
-- by hand) and accepted (left out of what the public sees) or rejected (shown as written). The stored
-- texts never change; publication replaces each accepted one by its mark ("[naam]").
create table redaction (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    advice_id       bigint        not null,
    found_text      varchar(300)  not null,
    kind            varchar(20)   not null,
    status          varchar(20)   not null,
    by_hand         boolean       not null default false,
    decided_by      varchar(200)  not null,
    decided_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint redaction_advice_same_organisation foreign key (advice_id, organisation_id)
        references advice (id, organisation_id),
    constraint redaction_kind_known check (kind in ('NAME', 'EMAIL', 'PHONE')),
    constraint redaction_status_known check (status in ('ACCEPTED', 'REJECTED')),
    constraint redaction_text_not_blank check (length(trim(found_text)) > 0)
);
create unique index redaction_once_per_text on redaction (advice_id, lower(found_text));

do $$
declare
    t text;
begin
    foreach t in array array['retention_period', 'destruction_approval', 'destruction_record', 'redaction'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
        execute format('grant select, insert, update, delete on %I to adviestracker_application', t);
    end loop;
end
$$;
-- The record of destructions is only ever added to.
revoke update, delete on destruction_record from adviestracker_application;

-- The audit log is append-only for the service; its destruction after its period, and the removal of
-- a destroyed dossier's events, go through these narrow functions, for the current organisation only.
create function destroy_audit_events_between(p_from timestamptz, p_to timestamptz) returns integer
language plpgsql volatile security definer set search_path from current as $$
declare
    removed integer;
begin
    delete from audit_event
    where organisation_id = current_organisation() and occurred_at >= p_from and occurred_at < p_to;
    get diagnostics removed = row_count;
    return removed;
end
$$;

create function destroy_audit_events_of_advice(p_advice_id bigint) returns integer
language plpgsql volatile security definer set search_path from current as $$
declare
    removed integer;
begin
    delete from audit_event where organisation_id = current_organisation() and advice_id = p_advice_id;
    get diagnostics removed = row_count;
    return removed;
end
$$;

-- Erasure of an account: who it was becomes a role ("medewerker") wherever the audit log and the
-- destruction records name it, as the actor or as a whole text value in the recorded states.
create function anonymise_actor(p_names varchar[], p_role varchar) returns integer
language plpgsql volatile security definer set search_path from current as $$
declare
    changed integer := 0;
    n integer;
    one varchar;
begin
    foreach one in array p_names loop
        continue when one is null or length(one) = 0;
        update audit_event set actor = p_role
        where organisation_id = current_organisation() and actor = one;
        get diagnostics n = row_count;
        changed := changed + n;
        update audit_event
        set before = replace(before::text, to_jsonb(one)::text, to_jsonb(p_role)::text)::jsonb,
            after = replace(after::text, to_jsonb(one)::text, to_jsonb(p_role)::text)::jsonb
        where organisation_id = current_organisation()
          and (strpos(before::text, to_jsonb(one)::text) > 0 or strpos(after::text, to_jsonb(one)::text) > 0);
        get diagnostics n = row_count;
        changed := changed + n;
        update destruction_record set approved_by = p_role
        where organisation_id = current_organisation() and approved_by = one;
        update destruction_record set destroyed_by = p_role
        where organisation_id = current_organisation() and destroyed_by = one;
    end loop;
    return changed;
end
$$;

revoke execute on function destroy_audit_events_between(timestamptz, timestamptz), destroy_audit_events_of_advice(bigint),
    anonymise_actor(varchar[], varchar) from public;
grant execute on function destroy_audit_events_between(timestamptz, timestamptz), destroy_audit_events_of_advice(bigint),
    anonymise_actor(varchar[], varchar) to adviestracker_application;
--rollback drop function anonymise_actor(varchar[], varchar); drop function destroy_audit_events_of_advice(bigint); drop function destroy_audit_events_between(timestamptz, timestamptz); drop table redaction; drop table destruction_record; drop table destruction_approval; drop table retention_period;
