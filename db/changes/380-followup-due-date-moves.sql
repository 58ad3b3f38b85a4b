--liquibase formatted sql

--changeset moves:380-followup-due-date-moves splitStatements:false
-- A follow-up's due date, like an answer's term (020), is moved only with a reason that is kept: the first
-- date, each move, who and why. Setting the first date is no move. A move may let the date go (new_due_on
-- null), with a reason like any other.
create table followup_due_date_move (
    id              bigint        generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    followup_id     bigint        not null,
    previous_due_on date          not null,
    new_due_on      date,
    reason          varchar(2000) not null,
    moved_by        varchar(200)  not null,
    moved_at        timestamptz   not null default now(),
    constraint followup_due_date_move_followup_same_organisation
        foreign key (followup_id, organisation_id) references followup (id, organisation_id),
    constraint followup_due_date_move_changed check (new_due_on is distinct from previous_due_on),
    constraint followup_due_date_move_reason_given check (length(btrim(reason)) > 0)
);
create index followup_due_date_move_followup_idx on followup_due_date_move (followup_id, id);
alter table followup_due_date_move enable row level security;
create policy organisation_isolation on followup_due_date_move using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- The moves made before a reason was required, from the audit log (FollowUps.update audited each change of
-- the follow-up with its dueOn before and after), so the history and the reports count them as before.
insert into followup_due_date_move (organisation_id, followup_id, previous_due_on, new_due_on, reason, moved_by,
                                    moved_at)
select f.organisation_id, f.id, (e.before ->> 'dueOn')::date, (e.after ->> 'dueOn')::date,
       'Niet vastgelegd: verschoven voordat een reden verplicht was', e.actor, e.occurred_at
from audit_event e
join followup f on f.id = e.entity_id and f.organisation_id = e.organisation_id
where e.entity = 'followup' and e.action = 'UPDATED'
  and (e.before ->> 'dueOn') is not null
  and (e.before ->> 'dueOn') is distinct from (e.after ->> 'dueOn')
order by e.occurred_at, e.id;

-- The database backs FollowUp.moveDueOn: a date once set changes only with its move recorded first, in the
-- same transaction (the follow-up's latest move goes from the old date to the new). Only updates are checked,
-- so a restore (COPY, which inserts) loads rows as they were.
create function followup_due_date_moved() returns trigger language plpgsql as $$
declare
    latest followup_due_date_move;
begin
    if old.due_on is null or new.due_on is not distinct from old.due_on then
        return new;
    end if;
    select * into latest from followup_due_date_move m where m.followup_id = new.id order by m.id desc limit 1;
    if latest.id is null or latest.previous_due_on <> old.due_on
            or latest.new_due_on is distinct from new.due_on then
        raise exception 'followup_due_date_moved: follow-up %, due date % to % without a recorded move',
                old.id, old.due_on, new.due_on
            using errcode = 'check_violation', constraint = 'followup_due_date_moved';
    end if;
    return new;
end
$$;
create trigger followup_due_date_moved before update of due_on on followup
    for each row execute function followup_due_date_moved();
--rollback drop trigger followup_due_date_moved on followup; drop function followup_due_date_moved(); drop table followup_due_date_move;
