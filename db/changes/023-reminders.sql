--liquibase formatted sql

--changeset adviestracker:023-reminders
-- Each reminder that went out. The unique key is what makes several instances on one database send
-- each reminder once: an instance sends only what it inserted here, in the same transaction.
-- period: the due date for "due soon" (once per date), the ISO week for overdue reminders and the digest.
create table reminder_sent (
    id         bigint generated always as identity primary key,
    kind       varchar(40)  not null,
    subject_id bigint       not null,
    recipient  varchar(200) not null,
    period     varchar(20)  not null,
    sent_at    timestamptz  not null default now(),
    constraint reminder_sent_once unique (kind, subject_id, recipient, period),
    constraint reminder_sent_kind_known check (kind in ('FOLLOWUP_DUE', 'FOLLOWUP_OVERDUE', 'ANSWER_DUE',
        'ANSWER_OVERDUE', 'REQUEST_DUE', 'REQUEST_OVERDUE', 'WEEKLY_DIGEST'))
);
create index reminder_sent_at_idx on reminder_sent (sent_at);

-- Where reminders for an owner (a department or a person, as free text on follow-ups and advices) go.
create table owner_address (
    id    bigint generated always as identity primary key,
    owner varchar(200) not null,
    email varchar(200) not null,
    constraint owner_address_email_plausible check (email like '%_@_%')
);
create unique index owner_address_owner_unique on owner_address (lower(owner));
--rollback drop table owner_address; drop table reminder_sent;
