--liquibase formatted sql

--changeset adviestracker:007-letters
-- The parts of a reply letter that staff write around the responses.
create table letter_text (
    advice_id   bigint        primary key references advice (id),
    subject     varchar(300),
    salutation  varchar(200),
    opening     text,
    closing     text,
    phone       varchar(50),
    attachments varchar(1000),
    version     integer       not null default 0,
    updated_at  timestamptz   not null default now()
);

-- Every generated letter, numbered per advice. The final one is what was sent: its bytes are kept
-- exactly and never change, whatever happens to the responses afterwards.
create table letter_version (
    id            bigint generated always as identity primary key,
    advice_id     bigint       not null references advice (id),
    number        integer      not null,
    final         boolean      not null default false,
    our_reference varchar(100),
    letter_date   date,
    plain_text    text         not null,
    html          text         not null,
    pdf           bytea        not null,
    docx          bytea        not null,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null default now(),
    constraint letter_version_number_unique unique (advice_id, number)
);
create unique index letter_version_one_final on letter_version (advice_id) where final;
--rollback drop table letter_version; drop table letter_text;
