--liquibase formatted sql

--changeset reports:415-stance-totals-one-row-per-group splitStatements:false
-- 412's totals held a row per body (or theme) and stance, which the dashboard's chart per body summed into one
-- row per body on every request: 2,586 rows into 351 on the national data set, 2.3 ms of the page's 8 ms in
-- PostgreSQL (bench/FINDINGS.md). They now hold that one row, a column per stance (not_answered: no stance
-- yet), so reading them sums nothing: pgbench on the chart's statement 1,360 -> 3,700 tps. The triggers, the
-- locking and the order in which writers meet the rows are 412's; only the shape of the row changes. The
-- columns follow nl.adviestracker.response.Stance, one per value, named after it in lower case.
-- Derived data: dropped and counted afresh here, as a restore does through the triggers.
drop table body_stance_total;
drop table theme_stance_total;

create table body_stance_total (
    organisation_id    bigint  not null default current_organisation() references organisation (id),
    body_id            bigint  not null,
    not_answered       integer not null,
    adopted            integer not null,
    partly_adopted     integer not null,
    not_adopted        integer not null,
    already_policy     integer not null,
    noted              integer not null,
    taken_into_account integer not null,
    referred           integer not null,
    constraint body_stance_total_key primary key (organisation_id, body_id),
    constraint body_stance_total_body foreign key (body_id, organisation_id)
        references advisory_body (id, organisation_id)
);
alter table body_stance_total enable row level security;
create policy organisation_isolation on body_stance_total using (organisation_id = (select current_organisation()))
    with check (organisation_id = (select current_organisation()));

create table theme_stance_total (
    organisation_id    bigint       not null default current_organisation() references organisation (id),
    theme              varchar(100),
    not_answered       integer      not null,
    adopted            integer      not null,
    partly_adopted     integer      not null,
    not_adopted        integer      not null,
    already_policy     integer      not null,
    noted              integer      not null,
    taken_into_account integer      not null,
    referred           integer      not null,
    constraint theme_stance_total_key unique nulls not distinct (organisation_id, theme)
);
alter table theme_stance_total enable row level security;
create policy organisation_isolation on theme_stance_total using (organisation_id = (select current_organisation()))
    with check (organisation_id = (select current_organisation()));

-- The changes per body or theme (key) and stance, one row per key with a column per stance, leaving out the keys
-- whose changes cancel out (an advice moved to another theme leaves its body's row untouched).
create function stance_points_per_key(changes stance_points[], per_body boolean)
    returns table (organisation_id bigint, body_id bigint, theme varchar, not_answered integer, adopted integer,
                   partly_adopted integer, not_adopted integer, already_policy integer, noted integer,
                   taken_into_account integer, referred integer)
    language sql stable as $fn$
    select * from (
        select c.organisation_id,
               case when per_body then c.body_id end,
               case when not per_body then c.theme end,
               coalesce(sum(c.points) filter (where c.stance is null), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'ADOPTED'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'PARTLY_ADOPTED'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'NOT_ADOPTED'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'ALREADY_POLICY'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'NOTED'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'TAKEN_INTO_ACCOUNT'), 0)::integer,
               coalesce(sum(c.points) filter (where c.stance = 'REFERRED'), 0)::integer
        from unnest(changes) c
        group by 1, 2, 3) k (organisation_id, body_id, theme, not_answered, adopted, partly_adopted, not_adopted,
                             already_policy, noted, taken_into_account, referred)
    where (k.not_answered, k.adopted, k.partly_adopted, k.not_adopted, k.already_policy, k.noted,
           k.taken_into_account, k.referred) <> (0, 0, 0, 0, 0, 0, 0, 0)
    order by 1, 2, 3
$fn$;

-- 412's adding, to rows of this shape: one upsert per table in key order, a total below none raises
-- check_violation (the count went wrong), and a row that reaches none in every column is removed.
create or replace function stance_totals_add(changes stance_points[]) returns void language plpgsql as $fn$
begin
    if cardinality(changes) = 0 then
        return;
    end if;
    insert into body_stance_total as t (organisation_id, body_id, not_answered, adopted, partly_adopted, not_adopted,
                                        already_policy, noted, taken_into_account, referred)
    select c.organisation_id, c.body_id, c.not_answered, c.adopted, c.partly_adopted, c.not_adopted,
           c.already_policy, c.noted, c.taken_into_account, c.referred
    from stance_points_per_key(changes, true) c
    on conflict on constraint body_stance_total_key do update set
        not_answered = t.not_answered + excluded.not_answered, adopted = t.adopted + excluded.adopted,
        partly_adopted = t.partly_adopted + excluded.partly_adopted,
        not_adopted = t.not_adopted + excluded.not_adopted,
        already_policy = t.already_policy + excluded.already_policy, noted = t.noted + excluded.noted,
        taken_into_account = t.taken_into_account + excluded.taken_into_account,
        referred = t.referred + excluded.referred;
    if exists (select from body_stance_total t join unnest(changes) c
               on t.organisation_id = c.organisation_id and t.body_id = c.body_id
               where least(t.not_answered, t.adopted, t.partly_adopted, t.not_adopted, t.already_policy, t.noted,
                           t.taken_into_account, t.referred) < 0) then
        raise exception 'body_stance_total: fewer points than none' using errcode = 'check_violation';
    end if;
    delete from body_stance_total t using unnest(changes) c
    where t.organisation_id = c.organisation_id and t.body_id = c.body_id
      and greatest(t.not_answered, t.adopted, t.partly_adopted, t.not_adopted, t.already_policy, t.noted,
                   t.taken_into_account, t.referred) = 0;
    insert into theme_stance_total as t (organisation_id, theme, not_answered, adopted, partly_adopted, not_adopted,
                                         already_policy, noted, taken_into_account, referred)
    select c.organisation_id, c.theme, c.not_answered, c.adopted, c.partly_adopted, c.not_adopted,
           c.already_policy, c.noted, c.taken_into_account, c.referred
    from stance_points_per_key(changes, false) c
    on conflict on constraint theme_stance_total_key do update set
        not_answered = t.not_answered + excluded.not_answered, adopted = t.adopted + excluded.adopted,
        partly_adopted = t.partly_adopted + excluded.partly_adopted,
        not_adopted = t.not_adopted + excluded.not_adopted,
        already_policy = t.already_policy + excluded.already_policy, noted = t.noted + excluded.noted,
        taken_into_account = t.taken_into_account + excluded.taken_into_account,
        referred = t.referred + excluded.referred;
    if exists (select from theme_stance_total t join unnest(changes) c
               on t.organisation_id = c.organisation_id and t.theme is not distinct from c.theme
               where least(t.not_answered, t.adopted, t.partly_adopted, t.not_adopted, t.already_policy, t.noted,
                           t.taken_into_account, t.referred) < 0) then
        raise exception 'theme_stance_total: fewer points than none' using errcode = 'check_violation';
    end if;
    delete from theme_stance_total t using unnest(changes) c
    where t.organisation_id = c.organisation_id and t.theme is not distinct from c.theme
      and greatest(t.not_answered, t.adopted, t.partly_adopted, t.not_adopted, t.already_policy, t.noted,
                   t.taken_into_account, t.referred) = 0;
end
$fn$;

-- Counts the totals afresh from advice_stance_tally (the rows the current role sees): here, and for a load that
-- skipped the triggers, as the benchmark's national data set does.
create or replace function stance_totals_recount() returns void language sql as $fn$
    delete from body_stance_total;
    delete from theme_stance_total;
    select stance_totals_add(array(
        select row(a.organisation_id, a.body_id, a.theme, t.stance, t.points)::stance_points
        from advice_stance_tally t
        join advice a on a.id = t.advice_id
        where a.deleted_at is null and a.status <> 'DRAFT'));
$fn$;

select stance_totals_recount();
--rollback drop table body_stance_total; drop table theme_stance_total; drop function stance_points_per_key(stance_points[], boolean);
--rollback create table body_stance_total (organisation_id bigint not null default current_organisation() references organisation (id), body_id bigint not null, stance varchar(30), points integer not null, constraint body_stance_total_key unique nulls not distinct (organisation_id, body_id, stance), constraint body_stance_total_body foreign key (body_id, organisation_id) references advisory_body (id, organisation_id));
--rollback create table theme_stance_total (organisation_id bigint not null default current_organisation() references organisation (id), theme varchar(100), stance varchar(30), points integer not null, constraint theme_stance_total_key unique nulls not distinct (organisation_id, theme, stance));
--rollback alter table body_stance_total enable row level security; alter table theme_stance_total enable row level security;
--rollback create policy organisation_isolation on body_stance_total using (organisation_id = (select current_organisation())) with check (organisation_id = (select current_organisation()));
--rollback create policy organisation_isolation on theme_stance_total using (organisation_id = (select current_organisation())) with check (organisation_id = (select current_organisation()));
--rollback create or replace function stance_totals_add(changes stance_points[]) returns void language plpgsql as $fn$ begin if cardinality(changes) = 0 then return; end if; insert into body_stance_total as t (organisation_id, body_id, stance, points) select c.organisation_id, c.body_id, c.stance, sum(c.points) from unnest(changes) c group by 1, 2, 3 having sum(c.points) <> 0 order by 1, 2, 3 on conflict on constraint body_stance_total_key do update set points = t.points + excluded.points; if exists (select from body_stance_total t join unnest(changes) c on t.organisation_id = c.organisation_id and t.body_id = c.body_id and t.stance is not distinct from c.stance where t.points < 0) then raise exception 'body_stance_total: fewer points than none' using errcode = 'check_violation'; end if; delete from body_stance_total t using unnest(changes) c where t.organisation_id = c.organisation_id and t.body_id = c.body_id and t.stance is not distinct from c.stance and t.points = 0; insert into theme_stance_total as t (organisation_id, theme, stance, points) select c.organisation_id, c.theme, c.stance, sum(c.points) from unnest(changes) c group by 1, 2, 3 having sum(c.points) <> 0 order by 1, 2, 3 on conflict on constraint theme_stance_total_key do update set points = t.points + excluded.points; if exists (select from theme_stance_total t join unnest(changes) c on t.organisation_id = c.organisation_id and t.theme is not distinct from c.theme and t.stance is not distinct from c.stance where t.points < 0) then raise exception 'theme_stance_total: fewer points than none' using errcode = 'check_violation'; end if; delete from theme_stance_total t using unnest(changes) c where t.organisation_id = c.organisation_id and t.theme is not distinct from c.theme and t.stance is not distinct from c.stance and t.points = 0; end $fn$;
--rollback select stance_totals_recount();
