--liquibase formatted sql

--changeset route:390-response-review-and-assignment splitStatements:false
-- The review of each response before the letter may leave its draft:
--   DRAFT             staff write it (written_by_id: who last wrote its text)
--   READY_FOR_REVIEW  its writer asks a colleague to review it
--   APPROVED          a reviewer who did not write it approved it
-- A reviewer may send it back to draft with a comment (review_comment); changing an approved text sends it
-- back too. review_state_at: since when it stands where it is (the dashboard's waiting times).
alter table response add column review_state varchar(20) not null default 'DRAFT';
alter table response add column written_by_id bigint references app_user (id) on delete set null;
alter table response add column review_comment text;
alter table response add column review_state_at timestamptz not null default now();
alter table response add constraint response_review_state_known
    check (review_state in ('DRAFT', 'READY_FOR_REVIEW', 'APPROVED'));
-- Responses of letters that already left their draft were accepted as they were.
update response r set review_state = 'APPROVED'
where exists (select 1 from letter_route l where l.advice_id = r.advice_id and l.station <> 'DRAFT')
   or exists (select 1 from advice a where a.id = r.advice_id and (a.status = 'ANSWERED' or a.letter_final_at is not null));

-- The database allows only the review's moves (ResponseReview refuses the others first, with the reason).
-- Only updates are checked, so a restore (COPY) loads rows as they were.
create function response_review_move() returns trigger language plpgsql as $$
begin
    if new.review_state = old.review_state
       or (old.review_state, new.review_state) in (('DRAFT', 'READY_FOR_REVIEW'), ('READY_FOR_REVIEW', 'APPROVED'),
                                                   ('READY_FOR_REVIEW', 'DRAFT'), ('APPROVED', 'DRAFT')) then
        return new;
    end if;
    raise exception 'response_review_move: % -> % is not a move of the review', old.review_state, new.review_state
        using errcode = 'check_violation', constraint = 'response_review_move';
end
$$;
create trigger response_review_move before update of review_state on response
    for each row execute function response_review_move();

-- Who reviews responses: any other staff member (STAFF) or managers only (MANAGER). The reviewer is never
-- the writer; that is not a setting.
alter table workflow_setting add column response_reviewer_role varchar(20) not null default 'STAFF';
alter table workflow_setting add constraint workflow_setting_response_reviewer_role_known
    check (response_reviewer_role in ('MANAGER', 'STAFF'));

-- The official who leads the answer to one advice (a staff account; the department stays free text).
create table advice_lead (
    advice_id        bigint      primary key,
    organisation_id  bigint      not null default current_organisation() references organisation (id),
    lead_official_id bigint      not null references app_user (id),
    version          integer     not null default 0,
    updated_at       timestamptz not null default now(),
    constraint advice_lead_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id)
);

-- Who drafts the response to a point, and by when (internal_due_on, before the advice's external due date).
create table point_assignment (
    point_id        bigint      primary key,
    organisation_id bigint      not null default current_organisation() references organisation (id),
    advice_id       bigint      not null,
    assignee_id     bigint      not null references app_user (id),
    internal_due_on date        not null,
    assigned_by_id  bigint      not null references app_user (id),
    version         integer     not null default 0,
    updated_at      timestamptz not null default now(),
    constraint point_assignment_point foreign key (point_id) references point (id) on delete cascade,
    constraint point_assignment_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id)
);
create index point_assignment_assignee_idx on point_assignment (assignee_id, internal_due_on);

do $$
declare
    t text;
begin
    foreach t in array array['advice_lead', 'point_assignment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
    end loop;
end
$$;
--rollback drop table point_assignment; drop table advice_lead; alter table workflow_setting drop column response_reviewer_role; drop trigger response_review_move on response; drop function response_review_move(); alter table response drop column review_state_at, drop column review_comment, drop column written_by_id, drop column review_state;
