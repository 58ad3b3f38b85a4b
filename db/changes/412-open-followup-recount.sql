--liquibase formatted sql

--changeset reports:412-open-followup-recount splitStatements:false
-- Counts the open follow-ups afresh (those the current role sees): for a load that skipped the triggers, as
-- the benchmark's national data set does.
create function open_followup_tally_recount() returns void language sql as $fn$
    delete from open_followup_tally;
    insert into open_followup_tally (organisation_id, owner, theme, due_on, created_on, followups)
    select f.organisation_id, f.owner, a.theme, f.due_on, (f.created_at at time zone 'Europe/Amsterdam')::date, count(*)
    from followup f
    join advice a on a.id = f.advice_id
    where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS')
    group by 1, 2, 3, 4, 5;
$fn$;
--rollback drop function open_followup_tally_recount();
