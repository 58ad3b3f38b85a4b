--liquibase formatted sql

--changeset adviestracker:004-followups
create table followup (
    id          bigint generated always as identity primary key,
    response_id bigint        not null references response (id),
    advice_id   bigint        not null references advice (id),
    description varchar(2000) not null,
    owner       varchar(200)  not null,
    due_on      date,
    status      varchar(20)   not null default 'OPEN',
    version     integer       not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint followup_status_known check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint followup_response_in_advice foreign key (response_id, advice_id) references response (id, advice_id)
);
create index followup_open_idx on followup (due_on) where status in ('OPEN', 'IN_PROGRESS');
create index followup_advice_idx on followup (advice_id);

create table followup_note (
    id          bigint generated always as identity primary key,
    followup_id bigint        not null references followup (id),
    noted_on    date          not null,
    text        varchar(4000) not null,
    author      varchar(200)  not null,
    created_at  timestamptz   not null default now()
);
create index followup_note_followup_idx on followup_note (followup_id);
--rollback drop table followup_note; drop table followup;
