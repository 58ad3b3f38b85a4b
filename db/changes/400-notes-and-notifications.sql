--liquibase formatted sql

--changeset notify:400-notes-and-notifications splitStatements:false
-- Issue 18b. Internal notes: staff's threaded comments on an advice, one of its points or one of its
-- responses; never shown to the body. Editing keeps the earlier text in internal_note_revision; deleting
-- hides the note and keeps it.
create table internal_note (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    advice_id       bigint        not null,
    point_id        bigint        references point (id) on delete set null,
    response_id     bigint        references response (id) on delete set null,
    parent_id       bigint        references internal_note (id),
    author_user_id  bigint        not null,
    author_name     varchar(200)  not null,
    text            varchar(4000) not null,
    created_at      timestamptz   not null default now(),
    edited_at       timestamptz,
    deleted_at      timestamptz,
    version         integer       not null default 0,
    constraint internal_note_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id),
    constraint internal_note_author_same_organisation
        foreign key (author_user_id, organisation_id) references app_user (id, organisation_id),
    constraint internal_note_text_present check (length(btrim(text)) > 0)
);
create index internal_note_advice_idx on internal_note (advice_id, id);

create table internal_note_revision (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    note_id         bigint        not null references internal_note (id),
    text            varchar(4000) not null,
    replaced_at     timestamptz   not null default now(),
    replaced_by     varchar(200)  not null
);
create index internal_note_revision_note_idx on internal_note_revision (note_id, id);

-- Notifications: what a staff member is told, in the app and by mail as they chose per kind.
-- dedup_key makes each notice come once per recipient, however often it is told.
-- mail: what the recipient's setting said when the notice was made (NOW, DIGEST or OFF); digested_at: when a
-- DIGEST notice went into a daily digest.
create table notice (
    id                bigint generated always as identity primary key,
    organisation_id   bigint        not null default current_organisation() references organisation (id),
    recipient_user_id bigint        not null,
    kind              varchar(20)   not null,
    text              varchar(1000) not null,
    link              varchar(500)  not null,
    dedup_key         varchar(200)  not null,
    mail              varchar(10)   not null,
    created_at        timestamptz   not null default now(),
    read_at           timestamptz,
    withdrawn_at      timestamptz,
    digested_at       timestamptz,
    constraint notice_recipient_same_organisation
        foreign key (recipient_user_id, organisation_id) references app_user (id, organisation_id),
    constraint notice_once unique (organisation_id, recipient_user_id, dedup_key),
    constraint notice_kind_known check (kind in ('ASSIGNED', 'REVIEW_ASKED', 'SENT_BACK', 'APPROVED', 'DUE_SOON',
        'OVERDUE', 'MENTIONED')),
    constraint notice_mail_known check (mail in ('NOW', 'DIGEST', 'OFF')),
    constraint notice_link_relative check (link like '/%')
);
create index notice_recipient_idx on notice (recipient_user_id, id);

create table notice_setting (
    organisation_id bigint      not null default current_organisation() references organisation (id),
    user_id         bigint      not null,
    kind            varchar(20) not null,
    mail            varchar(10) not null,
    constraint notice_setting_pk primary key (user_id, kind),
    constraint notice_setting_user_same_organisation
        foreign key (user_id, organisation_id) references app_user (id, organisation_id),
    constraint notice_setting_mail_known check (mail in ('NOW', 'DIGEST', 'OFF'))
);

-- Mails waiting to go out: notices, digests and mails to the bodies. A row is sent through the sent-log
-- (reminder_sent, same key), so it goes out once across instances; a failure is kept here with the
-- attempt count and the time of the next try (back-off), for the mail log.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null default current_organisation() references organisation (id),
    kind            varchar(40)   not null,
    subject_id      bigint        not null,
    recipient       varchar(200)  not null,
    period          varchar(20)   not null,
    subject         varchar(300)  not null,
    text            text          not null,
    attachment_name varchar(200),
    attachment      bytea,
    created_at      timestamptz   not null default now(),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(1000),
    sent_at         timestamptz,
    constraint mail_outbox_once unique (organisation_id, kind, subject_id, recipient, period),
    constraint mail_outbox_attachment_named check ((attachment is null) = (attachment_name is null))
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null;

alter table reminder_sent drop constraint reminder_sent_kind_known;
alter table reminder_sent add constraint reminder_sent_kind_known check (kind in ('FOLLOWUP_DUE', 'FOLLOWUP_OVERDUE',
    'ANSWER_DUE', 'ANSWER_OVERDUE', 'REQUEST_DUE', 'REQUEST_OVERDUE', 'WEEKLY_DIGEST', 'NOTICE', 'NOTICE_DIGEST',
    'BODY_RECEIVED', 'BODY_LATE', 'BODY_SENT'));

do $$
declare
    t text;
begin
    foreach t in array array['internal_note', 'internal_note_revision', 'notice', 'notice_setting', 'mail_outbox'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
    end loop;
end
$$;
--rollback drop table mail_outbox; drop table notice_setting; drop table notice; drop table internal_note_revision;
--rollback drop table internal_note;
