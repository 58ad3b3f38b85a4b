--liquibase formatted sql

--changeset reports:413-advice-quarter-tally splitStatements:false
-- The advices that count in the reports (submitted, not deleted) per quarter: how many were received in it, and of
-- those answered in it (reply letter sent) how many after how many days and whether on time, as a histogram of
-- the days, so the trend's median stays exact. Kept up to date by triggers on advice and letter_route. The
-- dashboard's trend of the last twelve quarters reads these rows instead of the 2,900 advices of those quarters
-- and their letters on every request: 24-30 ms a page under row-level security on the national data set
-- (bench/FINDINGS.md).
-- Derived data: a backup leaves it out, and a restore rebuilds it as the triggers fire on the rows it loads.
-- AdviceQuarterTallyIT compares it with a full count after random writes.
create table advice_quarter_tally (
    organisation_id bigint      not null default current_organisation() references organisation (id),
    quarter         date        not null,
    kind            varchar(10) not null,
    days            integer,
    on_time         boolean,
    advices         integer     not null,
    constraint advice_quarter_tally_key unique nulls not distinct (organisation_id, quarter, kind, days, on_time),
    constraint advice_quarter_tally_kind_known check (kind in ('RECEIVED', 'ANSWERED')),
    constraint advice_quarter_tally_answered_has_days check ((kind = 'ANSWERED') = (days is not null and on_time is not null)),
    constraint advice_quarter_tally_counted check (advices >= 0)
);
alter table advice_quarter_tally enable row level security;
create policy organisation_isolation on advice_quarter_tally using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Where one advice counts: in the quarter it was received in, and once its letter was sent in the quarter of
-- sending, with the days from receipt and whether it was sent by the due date (as Reports.trend counts it).
create type advice_quarter_key as (quarter date, kind varchar(10), days integer, on_time boolean);

create function advice_quarter_rows(
    received date, due date, status varchar, deleted_at timestamptz, station varchar, sent date)
    returns setof advice_quarter_key language sql immutable as $fn$
    select date_trunc('quarter', received::timestamp)::date, 'RECEIVED'::varchar, null::integer, null::boolean
    where deleted_at is null and status <> 'DRAFT' and received is not null
    union all
    select date_trunc('quarter', sent::timestamp)::date, 'ANSWERED'::varchar, sent - received, sent <= due
    where deleted_at is null and status = 'ANSWERED' and station = 'SENT' and sent is not null and received is not null
$fn$;

-- Takes an advice out of where it counted before and puts it in where it counts now, one key at a time in key
-- order. A key it counts in both before and after (the quarter of receipt, when only its letter moved) is not
-- touched, so sending letters does not make the quarter of receipt a row that every sending waits for. A key
-- that reaches none is removed; one that would go below none raises check_violation: the count went wrong.
create function advice_quarter_tally_move(
    organisation bigint, before_keys advice_quarter_key[], after_keys advice_quarter_key[])
    returns void language plpgsql as $fn$
declare
    c record;
begin
    for c in
        select r.quarter, r.kind, r.days, r.on_time, sum(r.n)::integer as n
        from (select b.*, -1 as n from unnest(before_keys) b union all select a.*, 1 from unnest(after_keys) a) r
        group by 1, 2, 3, 4
        having sum(r.n) <> 0
        order by 1, 2, 3, 4
    loop
        if c.n > 0 then
            insert into advice_quarter_tally as t (organisation_id, quarter, kind, days, on_time, advices)
            values (organisation, c.quarter, c.kind, c.days, c.on_time, c.n)
            on conflict on constraint advice_quarter_tally_key do update set advices = t.advices + excluded.advices;
        else
            update advice_quarter_tally t set advices = t.advices + c.n
            where t.organisation_id = organisation and t.quarter = c.quarter and t.kind = c.kind
              and t.days is not distinct from c.days and t.on_time is not distinct from c.on_time;
            if not found then
                raise exception 'advice_quarter_tally: no advice counted for % % % %', c.quarter, c.kind, c.days, c.on_time
                    using errcode = 'check_violation', constraint = 'advice_quarter_tally_counted';
            end if;
            delete from advice_quarter_tally t
            where t.organisation_id = organisation and t.quarter = c.quarter and t.kind = c.kind
              and t.days is not distinct from c.days and t.on_time is not distinct from c.on_time and t.advices = 0;
        end if;
    end loop;
end
$fn$;

-- An advice counts from its own row and its letter's route (none yet: as a draft letter). A change of either
-- moves it from where it counted with the row as it was to where it counts now. An advice's row is locked by its
-- update, and the route's trigger reads it with a share lock, so a change of the advice and of its route at the
-- same time run one after the other, the second seeing the first: the two cannot both count from what was.
create function advice_quarter_tally_advice() returns trigger language plpgsql as $fn$
declare
    route record;
    before_keys advice_quarter_key[] := '{}';
    after_keys advice_quarter_key[] := '{}';
begin
    select l.station, l.sent_on into route from letter_route l where l.advice_id = coalesce(new.id, old.id);
    if tg_op in ('UPDATE', 'DELETE') then
        before_keys := array(select advice_quarter_rows(old.received_on, old.response_due_on, old.status,
            old.deleted_at, route.station, route.sent_on));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        after_keys := array(select advice_quarter_rows(new.received_on, new.response_due_on, new.status,
            new.deleted_at, route.station, route.sent_on));
    end if;
    perform advice_quarter_tally_move(coalesce(new.organisation_id, old.organisation_id), before_keys, after_keys);
    return null;
end
$fn$;

create trigger advice_quarter_tally_insert after insert on advice
    for each row execute function advice_quarter_tally_advice();
create trigger advice_quarter_tally_delete after delete on advice
    for each row execute function advice_quarter_tally_advice();
create trigger advice_quarter_tally_update after update of received_on, response_due_on, status, deleted_at
    on advice for each row execute function advice_quarter_tally_advice();

create function advice_quarter_tally_route() returns trigger language plpgsql as $fn$
declare
    a record;
    before_keys advice_quarter_key[];
    after_keys advice_quarter_key[];
begin
    if tg_op = 'UPDATE' and old.advice_id <> new.advice_id then
        raise exception 'letter_route: a route stays with its advice' using errcode = 'check_violation';
    end if;
    select x.organisation_id, x.received_on, x.response_due_on, x.status, x.deleted_at into a
    from advice x where x.id = coalesce(new.advice_id, old.advice_id) for share;
    if not found then
        return null;
    end if;
    before_keys := array(select advice_quarter_rows(a.received_on, a.response_due_on, a.status, a.deleted_at,
        case when tg_op = 'INSERT' then null else old.station end,
        case when tg_op = 'INSERT' then null else old.sent_on end));
    after_keys := array(select advice_quarter_rows(a.received_on, a.response_due_on, a.status, a.deleted_at,
        case when tg_op = 'DELETE' then null else new.station end,
        case when tg_op = 'DELETE' then null else new.sent_on end));
    perform advice_quarter_tally_move(a.organisation_id, before_keys, after_keys);
    return null;
end
$fn$;

create trigger advice_quarter_tally_route_insert after insert on letter_route
    for each row execute function advice_quarter_tally_route();
create trigger advice_quarter_tally_route_delete after delete on letter_route
    for each row execute function advice_quarter_tally_route();
create trigger advice_quarter_tally_route_update after update of station, sent_on, advice_id on letter_route
    for each row execute function advice_quarter_tally_route();

-- Counts afresh (the advices the current role sees): here, and for a load that skipped the triggers, as the
-- benchmark's national data set does.
create function advice_quarter_tally_recount() returns void language sql as $fn$
    delete from advice_quarter_tally;
    insert into advice_quarter_tally (organisation_id, quarter, kind, days, on_time, advices)
    select a.organisation_id, q.quarter, q.kind, q.days, q.on_time, count(*)
    from advice a
    left join letter_route l on l.advice_id = a.id
    cross join lateral advice_quarter_rows(a.received_on, a.response_due_on, a.status, a.deleted_at, l.station,
        l.sent_on) q
    group by 1, 2, 3, 4, 5;
$fn$;

select advice_quarter_tally_recount();
--rollback drop function advice_quarter_tally_recount(); drop trigger advice_quarter_tally_route_insert on letter_route; drop trigger advice_quarter_tally_route_delete on letter_route; drop trigger advice_quarter_tally_route_update on letter_route; drop function advice_quarter_tally_route(); drop trigger advice_quarter_tally_insert on advice; drop trigger advice_quarter_tally_delete on advice; drop trigger advice_quarter_tally_update on advice; drop function advice_quarter_tally_advice(); drop function advice_quarter_tally_move(bigint, advice_quarter_key[], advice_quarter_key[]); drop function advice_quarter_rows(date, date, varchar, timestamptz, varchar, date); drop type advice_quarter_key; drop table advice_quarter_tally;
