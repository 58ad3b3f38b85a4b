--liquibase formatted sql

--changeset workflow:150-letter-route splitStatements:false
-- Final and sent become two moments. A letter is final when a manager approves it (its text fixed, its
-- responses frozen: advice.letter_final_at); it is sent when it went to the body, with the date and the
-- means recorded, and only then is the advice answered. Between them the college decides (or a mandate).
alter table advice add column letter_final_at timestamptz;
update advice a
set letter_final_at = coalesce((select v.created_at from letter_version v where v.advice_id = a.id and v.final), a.updated_at)
where a.status = 'ANSWERED';

-- Where the reply letter of one advice stands on its route:
--   DRAFT    staff write the responses and the letter's texts
--   CHECKED  a second official, who wrote no part of it, checked it
--   FINAL    a manager approved it: the text is fixed, the final PDF kept
--   DECIDED  the college (B&W decision, with its number) or a mandate holder decided on it
--   SENT     it went to the body, on sent_on by sent_means; the advice is answered
create table letter_route (
    advice_id       bigint      primary key,
    organisation_id bigint      not null default current_organisation() references organisation (id),
    station         varchar(20) not null default 'DRAFT',
    decision_kind   varchar(20),
    decision_number varchar(100),
    decided_on      date,
    sent_on         date,
    sent_means      varchar(20),
    version         integer     not null default 0,
    updated_at      timestamptz not null default now(),
    constraint letter_route_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id),
    constraint letter_route_station_known check (station in ('DRAFT', 'CHECKED', 'FINAL', 'DECIDED', 'SENT')),
    constraint letter_route_decision_kind_known check (decision_kind is null or decision_kind in ('COLLEGE', 'MANDATE')),
    constraint letter_route_college_decision_numbered
        check (decision_kind is distinct from 'COLLEGE' or decision_number is not null),
    constraint letter_route_decision_complete check ((decision_kind is null) = (decided_on is null)),
    constraint letter_route_decision_after_final check (decision_kind is null or station in ('DECIDED', 'SENT')),
    constraint letter_route_decided_has_decision check (station <> 'DECIDED' or decision_kind is not null),
    constraint letter_route_sent_recorded check ((station = 'SENT') = (sent_on is not null and sent_means is not null)),
    constraint letter_route_means_known
        check (sent_means is null or sent_means in ('EMAIL', 'POST', 'DOCUMENT_SYSTEM', 'NOT_RECORDED'))
);

-- The database allows only the route's moves (the service refuses the others first, with the reason).
create function letter_route_move_allowed() returns trigger language plpgsql as $$
begin
    if new.station = old.station
       or (old.station, new.station) in (('DRAFT', 'CHECKED'), ('CHECKED', 'DRAFT'), ('DRAFT', 'FINAL'),
                                         ('CHECKED', 'FINAL'), ('FINAL', 'DECIDED'), ('FINAL', 'SENT'),
                                         ('DECIDED', 'SENT')) then
        return new;
    end if;
    raise exception 'letter_route: % -> % is not a move of the route', old.station, new.station
        using errcode = 'check_violation', constraint = 'letter_route_move_allowed';
end
$$;
create trigger letter_route_move_allowed before update of station on letter_route
    for each row execute function letter_route_move_allowed();

-- Every step taken on the route, with who, when and (for a letter sent back) why. Never changed.
create table letter_step (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null default current_organisation() references organisation (id),
    advice_id       bigint       not null,
    from_station    varchar(20)  not null,
    to_station      varchar(20)  not null,
    actor           varchar(200) not null,
    actor_name      varchar(200) not null,
    comment         text,
    taken_at        timestamptz  not null default now(),
    constraint letter_step_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id)
);
create index letter_step_advice_idx on letter_step (advice_id, id);

-- Letters that were final before the route existed were sent in the same step; how is not known.
insert into letter_route (advice_id, organisation_id, station, sent_on, sent_means)
select a.id, a.organisation_id, 'SENT',
       coalesce(v.letter_date, (a.letter_final_at at time zone 'Europe/Amsterdam')::date), 'NOT_RECORDED'
from advice a left join letter_version v on v.advice_id = a.id and v.final
where a.status = 'ANSWERED';
insert into letter_step (organisation_id, advice_id, from_station, to_station, actor, actor_name, comment, taken_at)
select a.organisation_id, a.id, 'DRAFT', 'SENT', 'systeem', 'systeem',
       'Definitief gemaakt en verzonden in één stap, van voor de route; hoe is niet vastgelegd.', a.letter_final_at
from advice a where a.status = 'ANSWERED';

-- Who may take which step, per organisation; an organisation without a row has the defaults.
create table workflow_setting (
    organisation_id           bigint      primary key default current_organisation() references organisation (id),
    check_required            boolean     not null default true,
    approver_role             varchar(20) not null default 'MANAGER',
    college_decision_required boolean     not null default true,
    response_review_required  boolean     not null default true,
    version                   integer     not null default 0,
    constraint workflow_setting_approver_role_known check (approver_role in ('MANAGER', 'STAFF'))
);

do $$
declare
    t text;
begin
    foreach t in array array['letter_route', 'letter_step', 'workflow_setting'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
    end loop;
end
$$;
revoke update, delete on letter_step from adviestracker_application;
--rollback drop table workflow_setting; drop table letter_step; drop table letter_route; drop function letter_route_move_allowed(); alter table advice drop column letter_final_at;
