--liquibase formatted sql

--changeset adviestracker:003-responses
create table response (
    id         bigint generated always as identity primary key,
    advice_id  bigint        not null references advice (id),
    stance     varchar(30)   not null,
    paraphrase varchar(2000),
    text       text          not null,
    reason     text,
    version    integer       not null default 0,
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now(),
    constraint response_stance_known check (stance in
        ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'ALREADY_POLICY', 'NOTED', 'TAKEN_INTO_ACCOUNT', 'REFERRED')),
    constraint response_in_advice unique (id, advice_id)
);
create index response_advice_idx on response (advice_id);

-- Which points a response covers. The primary key on point_id is the rule "a point is covered
-- by at most one response"; the composite keys keep a response to the points of its own advice.
create table response_point (
    point_id    bigint not null primary key,
    response_id bigint not null,
    advice_id   bigint not null,
    constraint response_point_point foreign key (point_id, advice_id) references point (id, advice_id),
    constraint response_point_response foreign key (response_id, advice_id) references response (id, advice_id) on delete cascade
);
create index response_point_response_idx on response_point (response_id);
create index response_point_advice_idx on response_point (advice_id);
--rollback drop table response_point; drop table response;
