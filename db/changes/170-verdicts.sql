--liquibase formatted sql

--changeset adviestracker:170-verdicts splitStatements:false
-- The body's verdict on each response of a sent letter: satisfied, partly or not, in the body's own
-- words. Only ever added: a revision is a new row that names the verdict it replaces, so the history
-- is one line per response (a first verdict replaces none; each verdict is replaced at most once, which
-- also refuses the second of two members revising the same verdict at the same moment). The current
-- verdict of a response is the one nothing replaces.
create table response_verdict (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint        not null default current_organisation(),
    advice_id           bigint        not null,
    response_id         bigint        not null references response (id),
    judgement           varchar(20)   not null,
    explanation         varchar(2000) not null,
    conversation_wanted boolean       not null default false,
    replaces_id         bigint        references response_verdict (id),
    given_by            varchar(200)  not null,
    given_at            timestamptz   not null default now(),
    constraint response_verdict_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint response_verdict_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id),
    constraint response_verdict_judgement_known check (judgement in ('SATISFIED', 'PARTLY', 'NOT_SATISFIED')),
    constraint response_verdict_explained check (length(btrim(explanation)) > 0),
    constraint response_verdict_replaced_once unique (replaces_id)
);
create unique index response_verdict_first_once on response_verdict (response_id) where replaces_id is null;
create index response_verdict_advice_idx on response_verdict (organisation_id, advice_id, id);

-- Whether a body shows its verdicts on the public pages of its published advices; the body decides.
create table body_verdict_visibility (
    body_id         bigint       primary key,
    organisation_id bigint       not null default current_organisation(),
    verdicts_public boolean      not null,
    changed_by      varchar(200) not null,
    changed_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    constraint body_verdict_visibility_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint body_verdict_visibility_body_same_organisation
        foreign key (body_id, organisation_id) references advisory_body (id, organisation_id)
);

do $$
declare
    t text;
begin
    foreach t in array array['response_verdict', 'body_verdict_visibility'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
    end loop;
end
$$;
-- A verdict is the body's record: never changed or removed, by anyone.
revoke update, delete on response_verdict from adviestracker_application;
--rollback drop table body_verdict_visibility; drop table response_verdict;
