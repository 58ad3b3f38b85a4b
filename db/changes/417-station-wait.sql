--liquibase formatted sql

--changeset reports:417-station-wait splitStatements:false
-- Where each advice awaiting an answer waits on the route, and since when: at the responses' review (station 0,
-- a response in draft; 1, one ready for review) while its letter is a draft, since the earliest of those
-- responses came there; at its letter's station (2 draft, 3 checked, 4 final, 5 decided) since the letter's
-- last step (a draft letter: since the advice was received). Kept up to date by triggers on advice, response
-- and letter_route. The dashboard's stations count these few hundred rows instead of looking up every waiting
-- advice's letter and responses on every request: 8-14 ms a page under row-level security on the national data
-- set (bench/FINDINGS.md). The days are counted from "since" when read, so the rows do not age.
-- The rows are an advice's own (keyed by it), never shared between advices: a write locks only its advice's
-- rows, as it already locks the advice, so there is no shared row to keep short (unlike 412 and 413's totals).
-- Derived data: a backup leaves it out, and a restore rebuilds it as the triggers fire on the rows it loads.
-- StationWaitIT compares it with a full count after random writes.
create table station_wait (
    advice_id       bigint   not null,
    organisation_id bigint   not null default current_organisation() references organisation (id),
    station         smallint not null,
    since           date,
    constraint station_wait_key primary key (advice_id, station),
    constraint station_wait_station_known check (station between 0 and 5),
    constraint station_wait_advice foreign key (advice_id, organisation_id)
        references advice (id, organisation_id) on delete cascade
);
create index station_wait_read_idx on station_wait (organisation_id, station) include (since);
alter table station_wait enable row level security;
create policy organisation_isolation on station_wait using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Where these advices wait now, as StationWaits counted them before.
create function station_wait_rows(advices bigint[])
    returns table (advice_id bigint, organisation_id bigint, station smallint, since date)
    language sql stable as $fn$
    with open_advice as materialized (
        select a.id, a.organisation_id, a.received_on, coalesce(l.station, 'DRAFT') as station, l.updated_at
        from advice a
        left join letter_route l on l.advice_id = a.id
        where a.status = 'RECEIVED' and a.deleted_at is null and a.id = any (advices))
    select r.advice_id, a.organisation_id, case r.review_state when 'DRAFT' then 0 else 1 end::smallint,
           (min(r.review_state_at) at time zone 'Europe/Amsterdam')::date
    from response r
    join open_advice a on a.id = r.advice_id
    where r.review_state in ('DRAFT', 'READY_FOR_REVIEW') and a.station = 'DRAFT'
    group by r.advice_id, a.organisation_id, r.review_state
    union all
    select a.id, a.organisation_id,
           case a.station when 'DRAFT' then 2 when 'CHECKED' then 3 when 'FINAL' then 4 else 5 end::smallint,
           case when a.station = 'DRAFT' then a.received_on
               else (a.updated_at at time zone 'Europe/Amsterdam')::date end
    from open_advice a
    where a.station in ('DRAFT', 'CHECKED', 'FINAL', 'DECIDED')
$fn$;

-- Puts these advices' rows afresh. The advices are locked first, in id order (as tally_advice_stances does), so
-- two writers to one advice's responses, letter or row refresh it one after the other, the second reading what
-- the first committed; rows that stay the same are not written again.
create function station_wait_refresh(advices bigint[]) returns void language plpgsql as $fn$
begin
    if cardinality(advices) = 0 then
        return;
    end if;
    perform 1 from advice where id = any (advices) order by id for no key update;
    delete from station_wait w
    where w.advice_id = any (advices)
      and not exists (select from station_wait_rows(advices) n
                      where n.advice_id = w.advice_id and n.station = w.station and n.since is not distinct from w.since);
    insert into station_wait (advice_id, organisation_id, station, since)
    select n.advice_id, n.organisation_id, n.station, n.since
    from station_wait_rows(advices) n
    order by 1, 3
    on conflict on constraint station_wait_key do nothing;
end
$fn$;

create function station_wait_advice() returns trigger language plpgsql as $fn$
begin
    perform station_wait_refresh(array[new.id]);
    return null;
end
$fn$;

create trigger station_wait_advice_insert after insert on advice
    for each row when (new.status = 'RECEIVED' and new.deleted_at is null)
    execute function station_wait_advice();
create trigger station_wait_advice_update after update of status, deleted_at, received_on on advice
    for each row when (old.status is distinct from new.status or old.deleted_at is distinct from new.deleted_at
                       or old.received_on is distinct from new.received_on)
    execute function station_wait_advice();

create function station_wait_route() returns trigger language plpgsql as $fn$
begin
    perform station_wait_refresh(array(select distinct x from unnest(array[old.advice_id, new.advice_id]) x
                                       where x is not null order by 1));
    return null;
end
$fn$;

create trigger station_wait_route_insert after insert on letter_route
    for each row execute function station_wait_route();
create trigger station_wait_route_delete after delete on letter_route
    for each row execute function station_wait_route();
create trigger station_wait_route_update after update on letter_route
    for each row when (old.station is distinct from new.station or old.updated_at is distinct from new.updated_at
                       or old.advice_id <> new.advice_id)
    execute function station_wait_route();

-- Responses: per statement, the advices whose responses came, went, or changed review state or advice.
create function station_wait_responses() returns trigger language plpgsql as $fn$
begin
    if tg_op = 'INSERT' then
        perform station_wait_refresh(array(select distinct advice_id from inserted order by 1));
    elsif tg_op = 'DELETE' then
        perform station_wait_refresh(array(select distinct advice_id from deleted order by 1));
    else
        perform station_wait_refresh(array(
            select distinct x from (
                select unnest(array[o.advice_id, n.advice_id]) as x
                from inserted n join deleted o on o.id = n.id
                where o.review_state is distinct from n.review_state
                   or o.review_state_at is distinct from n.review_state_at or o.advice_id <> n.advice_id) c
            order by 1));
    end if;
    return null;
end
$fn$;

create trigger station_wait_response_insert after insert on response referencing new table as inserted
    for each statement execute function station_wait_responses();
create trigger station_wait_response_delete after delete on response referencing old table as deleted
    for each statement execute function station_wait_responses();
create trigger station_wait_response_update after update on response
    referencing old table as deleted new table as inserted
    for each statement execute function station_wait_responses();

-- Puts every row afresh (the advices the current role sees): here, and for a load that skipped the triggers,
-- as the benchmark's national data set does.
create function station_wait_recount() returns void language sql as $fn$
    delete from station_wait;
    insert into station_wait (advice_id, organisation_id, station, since)
    select advice_id, organisation_id, station, since
    from station_wait_rows(array(select id from advice where status = 'RECEIVED' and deleted_at is null));
$fn$;

select station_wait_recount();
--rollback drop function station_wait_recount(); drop trigger station_wait_response_insert on response; drop trigger station_wait_response_delete on response; drop trigger station_wait_response_update on response; drop function station_wait_responses(); drop trigger station_wait_route_insert on letter_route; drop trigger station_wait_route_delete on letter_route; drop trigger station_wait_route_update on letter_route; drop function station_wait_route(); drop trigger station_wait_advice_insert on advice; drop trigger station_wait_advice_update on advice; drop function station_wait_advice(); drop function station_wait_refresh(bigint[]); drop function station_wait_rows(bigint[]); drop table station_wait;
