--liquibase formatted sql

--changeset reports:370-advice-stance-tally splitStatements:false
-- How many points of each advice have a response of each stance (stance null: not answered yet), kept
-- up to date by triggers on point, response_point and response. The reports and the dashboard count the
-- stances from here, a few rows per advice, instead of joining every point with its response on every
-- page: on the national data set that join took 0.6 s alone and 2.4 s under load (bench/SOAK.md).
-- Derived data: a backup leaves it out, and a restore rebuilds it as the triggers fire on the rows it
-- loads. StanceTallyIT compares it with a full count after random writes.
create table advice_stance_tally (
    advice_id       bigint      not null,
    organisation_id bigint      not null default current_organisation() references organisation (id),
    stance          varchar(30),
    points          integer     not null,
    constraint advice_stance_tally_advice foreign key (advice_id, organisation_id)
        references advice (id, organisation_id) on delete cascade,
    constraint advice_stance_tally_counted check (points > 0)
);
create unique index advice_stance_tally_key on advice_stance_tally (advice_id, coalesce(stance, ''));
alter table advice_stance_tally enable row level security;
create policy organisation_isolation on advice_stance_tally using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Counts the given advices afresh. Locking their rows first makes two transactions that change the same
-- advice count one after the other, the second seeing what the first committed (row locks, not advisory
-- ones: a restore counts thousands of advices in one statement, more than the lock table holds).
create function tally_advice_stances(advices bigint[]) returns void language plpgsql as $fn$
begin
    if cardinality(advices) = 0 then
        return;
    end if;
    perform 1 from advice where id = any (advices) order by id for no key update;
    delete from advice_stance_tally where advice_id = any (advices);
    insert into advice_stance_tally (advice_id, organisation_id, stance, points)
    select p.advice_id, p.organisation_id, r.stance, count(*)
    from point p
    left join response_point rp on rp.point_id = p.id
    left join response r on r.id = rp.response_id
    where p.advice_id = any (advices)
    group by 1, 2, 3;
end
$fn$;

-- points and the responses they are answered by: every change may change an advice's tally
create function tally_changed_rows() returns trigger language plpgsql as $fn$
begin
    if tg_op = 'INSERT' then
        perform tally_advice_stances(array(select distinct advice_id from inserted));
    elsif tg_op = 'DELETE' then
        perform tally_advice_stances(array(select distinct advice_id from deleted));
    else
        perform tally_advice_stances(array(select advice_id from inserted union select advice_id from deleted));
    end if;
    return null;
end
$fn$;

-- a response: only a new stance changes the tally (its points come and go through response_point)
create function tally_changed_stances() returns trigger language plpgsql as $fn$
begin
    perform tally_advice_stances(array(
        select n.advice_id from inserted n join deleted o on o.id = n.id
        where n.stance is distinct from o.stance or n.advice_id <> o.advice_id
        union
        select o.advice_id from inserted n join deleted o on o.id = n.id where n.advice_id <> o.advice_id));
    return null;
end
$fn$;

create trigger point_tally_insert after insert on point referencing new table as inserted
    for each statement execute function tally_changed_rows();
create trigger point_tally_delete after delete on point referencing old table as deleted
    for each statement execute function tally_changed_rows();
create trigger point_tally_update after update on point referencing old table as deleted new table as inserted
    for each statement execute function tally_changed_rows();
create trigger response_point_tally_insert after insert on response_point referencing new table as inserted
    for each statement execute function tally_changed_rows();
create trigger response_point_tally_delete after delete on response_point referencing old table as deleted
    for each statement execute function tally_changed_rows();
create trigger response_point_tally_update after update on response_point
    referencing old table as deleted new table as inserted
    for each statement execute function tally_changed_rows();
create trigger response_tally_update after update on response referencing old table as deleted new table as inserted
    for each statement execute function tally_changed_stances();

insert into advice_stance_tally (advice_id, organisation_id, stance, points)
select p.advice_id, p.organisation_id, r.stance, count(*)
from point p
left join response_point rp on rp.point_id = p.id
left join response r on r.id = rp.response_id
group by 1, 2, 3;
--rollback drop trigger point_tally_insert on point; drop trigger point_tally_delete on point; drop trigger point_tally_update on point; drop trigger response_point_tally_insert on response_point; drop trigger response_point_tally_delete on response_point; drop trigger response_point_tally_update on response_point; drop trigger response_tally_update on response; drop function tally_changed_stances(); drop function tally_changed_rows(); drop function tally_advice_stances(bigint[]); drop table advice_stance_tally;
