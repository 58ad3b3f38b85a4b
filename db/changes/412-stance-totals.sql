--liquibase formatted sql

--changeset reports:412-stance-totals splitStatements:false
-- The points of the advices that count in the reports (submitted, not deleted) per organisation, body and stance,
-- and per organisation, theme and stance (stance null: not answered yet), kept up to date by the triggers that
-- keep advice_stance_tally (370) and by one on advice for a change of body, theme, status or deletion. The
-- dashboard's stance charts read these few hundred rows instead of summing advice_stance_tally's 35,000 rows
-- with their advices on every request: 54 ms a page under row-level security on the national data set
-- (bench/FINDINGS.md). Bodies are kept by id and named at reading, so a renamed body needs nothing here.
-- Derived data: a backup leaves it out, and a restore rebuilds it as the triggers fire on the rows it
-- loads. StanceTotalsIT compares it with a full count after random writes.
create table body_stance_total (
    organisation_id bigint      not null default current_organisation() references organisation (id),
    body_id         bigint      not null,
    stance          varchar(30),
    points          integer     not null,
    constraint body_stance_total_key unique nulls not distinct (organisation_id, body_id, stance),
    constraint body_stance_total_body foreign key (body_id, organisation_id)
        references advisory_body (id, organisation_id)
);
alter table body_stance_total enable row level security;
create policy organisation_isolation on body_stance_total using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

create table theme_stance_total (
    organisation_id bigint       not null default current_organisation() references organisation (id),
    theme           varchar(100),
    stance          varchar(30),
    points          integer      not null,
    constraint theme_stance_total_key unique nulls not distinct (organisation_id, theme, stance)
);
alter table theme_stance_total enable row level security;
create policy organisation_isolation on theme_stance_total using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Points to add (or, negative, to take away) under an advice's organisation, body, theme and stance.
create type stance_points as (
    organisation_id bigint,
    body_id         bigint,
    theme           varchar(100),
    stance          varchar(30),
    points          integer
);

-- Adds the changes to both totals, summed per key first: a key whose changes cancel out is not touched, and a
-- key that reaches none is removed. A total is shared by every advice of its body or theme, so its row stays
-- locked until the writing transaction ends and writes to other advices of that body wait for it: it is
-- changed last (see tally_advice_stances), in one upsert per table, in key order so that two writers meet their
-- keys in the same order. A total that would go below none raises check_violation: the count went wrong (checked
-- after the upsert, not by a check constraint, which PostgreSQL would test on the negative row to insert before
-- it finds the row to add it to).
create function stance_totals_add(changes stance_points[]) returns void language plpgsql as $fn$
begin
    if cardinality(changes) = 0 then
        return;
    end if;
    insert into body_stance_total as t (organisation_id, body_id, stance, points)
    select c.organisation_id, c.body_id, c.stance, sum(c.points)
    from unnest(changes) c
    group by 1, 2, 3
    having sum(c.points) <> 0
    order by 1, 2, 3
    on conflict on constraint body_stance_total_key do update set points = t.points + excluded.points;
    if exists (select from body_stance_total t join unnest(changes) c on t.organisation_id = c.organisation_id
               and t.body_id = c.body_id and t.stance is not distinct from c.stance where t.points < 0) then
        raise exception 'body_stance_total: fewer points than none' using errcode = 'check_violation';
    end if;
    delete from body_stance_total t using unnest(changes) c
    where t.organisation_id = c.organisation_id and t.body_id = c.body_id and t.stance is not distinct from c.stance
      and t.points = 0;
    insert into theme_stance_total as t (organisation_id, theme, stance, points)
    select c.organisation_id, c.theme, c.stance, sum(c.points)
    from unnest(changes) c
    group by 1, 2, 3
    having sum(c.points) <> 0
    order by 1, 2, 3
    on conflict on constraint theme_stance_total_key do update set points = t.points + excluded.points;
    if exists (select from theme_stance_total t join unnest(changes) c on t.organisation_id = c.organisation_id
               and t.theme is not distinct from c.theme and t.stance is not distinct from c.stance where t.points < 0) then
        raise exception 'theme_stance_total: fewer points than none' using errcode = 'check_violation';
    end if;
    delete from theme_stance_total t using unnest(changes) c
    where t.organisation_id = c.organisation_id and t.theme is not distinct from c.theme
      and t.stance is not distinct from c.stance and t.points = 0;
end
$fn$;

-- 370's count per advice, now also handing what changed to the totals: the new count less the old, for the
-- advices that count. The advices' rows are locked first (as before), so their body, theme and status cannot
-- change under the count: a change of those waits for this transaction (or this for it) and then moves the
-- advice's points between the totals itself (stance_totals_advice).
create or replace function tally_advice_stances(advices bigint[]) returns void language plpgsql as $fn$
declare
    changes stance_points[];
begin
    if cardinality(advices) = 0 then
        return;
    end if;
    perform 1 from advice where id = any (advices) order by id for no key update;
    changes := array(
        select row(a.organisation_id, a.body_id, a.theme, d.stance, sum(d.points))::stance_points
        from (
            select p.advice_id, r.stance, count(*) as points
            from point p
            left join response_point rp on rp.point_id = p.id
            left join response r on r.id = rp.response_id
            where p.advice_id = any (advices)
            group by 1, 2
            union all
            select t.advice_id, t.stance, -t.points
            from advice_stance_tally t
            where t.advice_id = any (advices)) d
        join advice a on a.id = d.advice_id
        where a.deleted_at is null and a.status <> 'DRAFT'
        group by a.organisation_id, a.body_id, a.theme, d.stance
        having sum(d.points) <> 0);
    delete from advice_stance_tally where advice_id = any (advices);
    insert into advice_stance_tally (advice_id, organisation_id, stance, points)
    select p.advice_id, p.organisation_id, r.stance, count(*)
    from point p
    left join response_point rp on rp.point_id = p.id
    left join response r on r.id = rp.response_id
    where p.advice_id = any (advices)
    group by 1, 2, 3;
    perform stance_totals_add(changes);
end
$fn$;

-- An advice that starts or stops counting (submitted, deleted, restored) or moves to another body or theme takes
-- its points out of the totals it was in and into those it is in now. Its row is locked by this update, so a
-- count of its points (tally_advice_stances) runs wholly before or after. An advice with points cannot be
-- removed (point refers to it), so one without has nothing to take out.
create function stance_totals_advice() returns trigger language plpgsql as $fn$
begin
    perform stance_totals_add(array(
        select row(old.organisation_id, old.body_id, old.theme, t.stance, -t.points)::stance_points
        from advice_stance_tally t
        where t.advice_id = old.id and old.deleted_at is null and old.status <> 'DRAFT'
        union all
        select row(new.organisation_id, new.body_id, new.theme, t.stance, t.points)::stance_points
        from advice_stance_tally t
        where t.advice_id = new.id and new.deleted_at is null and new.status <> 'DRAFT'));
    return null;
end
$fn$;

create trigger stance_totals_advice after update of body_id, theme, status, deleted_at on advice for each row
    when ((old.deleted_at is null and old.status <> 'DRAFT') <> (new.deleted_at is null and new.status <> 'DRAFT')
          or old.body_id <> new.body_id or old.theme is distinct from new.theme)
    execute function stance_totals_advice();

-- Counts the totals afresh from advice_stance_tally (the rows the current role sees): here, and for a load that
-- skipped the triggers, as the benchmark's national data set does.
create function stance_totals_recount() returns void language sql as $fn$
    delete from body_stance_total;
    delete from theme_stance_total;
    insert into body_stance_total (organisation_id, body_id, stance, points)
    select a.organisation_id, a.body_id, t.stance, sum(t.points)
    from advice_stance_tally t
    join advice a on a.id = t.advice_id
    where a.deleted_at is null and a.status <> 'DRAFT'
    group by 1, 2, 3;
    insert into theme_stance_total (organisation_id, theme, stance, points)
    select a.organisation_id, a.theme, t.stance, sum(t.points)
    from advice_stance_tally t
    join advice a on a.id = t.advice_id
    where a.deleted_at is null and a.status <> 'DRAFT'
    group by 1, 2, 3;
$fn$;

select stance_totals_recount();
--rollback drop function stance_totals_recount(); drop trigger stance_totals_advice on advice; drop function stance_totals_advice(); create or replace function tally_advice_stances(advices bigint[]) returns void language plpgsql as $$ begin if cardinality(advices) = 0 then return; end if; perform 1 from advice where id = any (advices) order by id for no key update; delete from advice_stance_tally where advice_id = any (advices); insert into advice_stance_tally (advice_id, organisation_id, stance, points) select p.advice_id, p.organisation_id, r.stance, count(*) from point p left join response_point rp on rp.point_id = p.id left join response r on r.id = rp.response_id where p.advice_id = any (advices) group by 1, 2, 3; end $$; drop function stance_totals_add(stance_points[]); drop type stance_points; drop table theme_stance_total; drop table body_stance_total;