--liquibase formatted sql

--changeset adviestracker:021-followup-lifecycle
-- Every change of a follow-up's status: who, when, why. Only ever added. The database backs the
-- rule that done and dropped are final.
create table followup_transition (
    id          bigint generated always as identity primary key,
    followup_id bigint        not null references followup (id),
    from_status varchar(20)   not null,
    to_status   varchar(20)   not null,
    reason      varchar(2000),
    actor       varchar(200)  not null,
    occurred_at timestamptz   not null default now(),
    constraint followup_transition_from_known check (from_status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint followup_transition_to_known check (to_status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    constraint followup_transition_moves check (from_status <> to_status),
    constraint followup_transition_not_from_final check (from_status in ('OPEN', 'IN_PROGRESS'))
);
create index followup_transition_followup_idx on followup_transition (followup_id, id);

-- What shows that a follow-up was delivered: a decision, a document (kept here) or a link.
create table followup_evidence (
    id           bigint generated always as identity primary key,
    followup_id  bigint        not null references followup (id),
    kind         varchar(20)   not null,
    description  varchar(2000) not null,
    url          varchar(2000),
    file_name    varchar(255),
    content_type varchar(200),
    content      bytea,
    added_by     varchar(200)  not null,
    added_at     timestamptz   not null default now(),
    constraint followup_evidence_kind_known check (kind in ('DECISION', 'DOCUMENT', 'LINK')),
    constraint followup_evidence_link_has_url check (kind <> 'LINK' or url is not null),
    constraint followup_evidence_document_has_content check (kind <> 'DOCUMENT' or (content is not null and file_name is not null))
);
create index followup_evidence_followup_idx on followup_evidence (followup_id, id);

-- The last step: the body was told the outcome, once, optionally by a letter kept exactly as sent.
create table followup_body_informed (
    followup_id bigint        primary key references followup (id),
    informed_on date          not null,
    means       varchar(20)   not null,
    note        varchar(2000),
    letter_pdf  bytea,
    recorded_by varchar(200)  not null,
    recorded_at timestamptz   not null default now(),
    constraint followup_body_informed_means_known check (means in ('LETTER', 'EMAIL', 'MEETING', 'OTHER')),
    constraint followup_body_informed_letter_kept check (letter_pdf is null or means = 'LETTER')
);
--rollback drop table followup_body_informed; drop table followup_evidence; drop table followup_transition;
