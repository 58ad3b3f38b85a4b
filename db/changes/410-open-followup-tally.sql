--liquibase formatted sql

--changeset reports:410-open-followup-tally splitStatements:false
-- How many follow-ups are open (OPEN or IN_PROGRESS) in advices not deleted, per owner, theme, due date and
-- day of recording, kept up to date by triggers on followup and advice. The dashboard's counts per owner and
-- theme, its late and undated totals and the open follow-ups' ages come from these few rows instead of
-- joining every open follow-up with its advice on every request: on the national data set that join took
-- 15-25 ms a statement, three statements a page (bench/FINDINGS.md). Lateness and age depend on today, so
-- the due date and the day of recording stay in the key and are compared at reading.
-- Derived data: a backup leaves it out, and a restore rebuilds it as the triggers fire on the rows it
-- loads. OpenFollowUpTallyIT compares it with a full count after random writes.
create table open_followup_tally (
    organisation_id bigint       not null default current_organisation() references organisation (id),
    owner           varchar(200) not null,
    theme           varchar(100),
    due_on          date,
    created_on      date         not null,
    followups       integer      not null,
    constraint open_followup_tally_key unique nulls not distinct (organisation_id, owner, theme, due_on, created_on),
    constraint open_followup_tally_counted check (followups >= 0)
);
alter table open_followup_tally enable row level security;
create policy organisation_isolation on open_followup_tally using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Adds n (1 or -1) to one key; a key that reaches none is removed in the same step.
create function open_followup_tally_add(
    organisation bigint, owner_name varchar, theme_name varchar, due date, created date, n integer)
    returns void language plpgsql as $fn$
begin
    if n > 0 then
        insert into open_followup_tally as t (organisation_id, owner, theme, due_on, created_on, followups)
        values (organisation, owner_name, theme_name, due, created, n)
        on conflict on constraint open_followup_tally_key do update set followups = t.followups + excluded.followups;
    else
        update open_followup_tally t set followups = t.followups + n
        where t.organisation_id = organisation and t.owner = owner_name and t.theme is not distinct from theme_name
          and t.due_on is not distinct from due and t.created_on = created;
        if not found then
            raise exception 'open_followup_tally: no open follow-up counted for % % % %', owner_name, theme_name, due, created
                using errcode = 'check_violation', constraint = 'open_followup_tally_counted';
        end if;
        delete from open_followup_tally t
        where t.organisation_id = organisation and t.owner = owner_name and t.theme is not distinct from theme_name
          and t.due_on is not distinct from due and t.created_on = created and t.followups = 0;
    end if;
end
$fn$;

-- A follow-up counts while it is open and its advice is not deleted. The advice's row is read with a share
-- lock, so a change of its theme or deletion at the same time waits for this one (or this for it) and
-- then sees it: the two cannot both count from the advice as it was.
create function open_followup_tally_followup() returns trigger language plpgsql as $fn$
declare
    advice_row record;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status in ('OPEN', 'IN_PROGRESS') then
        select a.theme, a.deleted_at into advice_row from advice a where a.id = old.advice_id for share;
        if found and advice_row.deleted_at is null then
            perform open_followup_tally_add(old.organisation_id, old.owner, advice_row.theme, old.due_on,
                (old.created_at at time zone 'Europe/Amsterdam')::date, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status in ('OPEN', 'IN_PROGRESS') then
        select a.theme, a.deleted_at into advice_row from advice a where a.id = new.advice_id for share;
        if found and advice_row.deleted_at is null then
            perform open_followup_tally_add(new.organisation_id, new.owner, advice_row.theme, new.due_on,
                (new.created_at at time zone 'Europe/Amsterdam')::date, 1);
        end if;
    end if;
    return null;
end
$fn$;

create trigger open_followup_tally_insert after insert on followup
    for each row execute function open_followup_tally_followup();
create trigger open_followup_tally_delete after delete on followup
    for each row execute function open_followup_tally_followup();
create trigger open_followup_tally_update after update of status, owner, due_on, created_at, advice_id, organisation_id
    on followup for each row execute function open_followup_tally_followup();

-- An advice's new theme moves its open follow-ups to the new key; deleting or restoring it takes them out
-- or puts them back.
create function open_followup_tally_advice() returns trigger language plpgsql as $fn$
declare
    f record;
begin
    for f in select * from followup where advice_id = new.id and status in ('OPEN', 'IN_PROGRESS') loop
        if old.deleted_at is null then
            perform open_followup_tally_add(f.organisation_id, f.owner, old.theme, f.due_on,
                (f.created_at at time zone 'Europe/Amsterdam')::date, -1);
        end if;
        if new.deleted_at is null then
            perform open_followup_tally_add(f.organisation_id, f.owner, new.theme, f.due_on,
                (f.created_at at time zone 'Europe/Amsterdam')::date, 1);
        end if;
    end loop;
    return null;
end
$fn$;

create trigger open_followup_tally_advice after update of theme, deleted_at on advice for each row
    when (old.theme is distinct from new.theme or (old.deleted_at is null) <> (new.deleted_at is null))
    execute function open_followup_tally_advice();

-- Counts the open follow-ups afresh (those the current role sees): here, and for a load that skipped the
-- triggers, as the benchmark's national data set does.
create function open_followup_tally_recount() returns void language sql as $fn$
    delete from open_followup_tally;
    insert into open_followup_tally (organisation_id, owner, theme, due_on, created_on, followups)
    select f.organisation_id, f.owner, a.theme, f.due_on, (f.created_at at time zone 'Europe/Amsterdam')::date, count(*)
    from followup f
    join advice a on a.id = f.advice_id
    where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS')
    group by 1, 2, 3, 4, 5;
$fn$;

select open_followup_tally_recount();
--rollback drop function open_followup_tally_recount(); drop trigger open_followup_tally_advice on advice; drop trigger open_followup_tally_insert on followup; drop trigger open_followup_tally_delete on followup; drop trigger open_followup_tally_update on followup; drop function open_followup_tally_advice(); drop function open_followup_tally_followup(); drop function open_followup_tally_add(bigint, varchar, varchar, date, date, integer); drop table open_followup_tally;
