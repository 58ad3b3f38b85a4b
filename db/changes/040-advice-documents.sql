--liquibase formatted sql

--changeset adviestracker:040-advice-documents
-- A document uploaded for intake, kept while its owner reviews the proposed split. Confirming moves
-- it to advice_document; one that is never confirmed is removed after a day.
create table intake_upload (
    id           uuid          primary key,
    filename     varchar(255)  not null,
    content_type varchar(200)  not null,
    bytes        bytea         not null,
    size         bigint        not null,
    uploaded_by  bigint        not null references app_user (id),
    uploaded_at  timestamptz   not null default now(),
    constraint intake_upload_size_matches check (size = octet_length(bytes))
);
create index intake_upload_uploaded_at on intake_upload (uploaded_at);

-- The original document an advice was taken in from, byte for byte, so a backup holds it.
create table advice_document (
    advice_id    bigint        primary key references advice (id),
    filename     varchar(255)  not null,
    content_type varchar(200)  not null,
    bytes        bytea         not null,
    size         bigint        not null,
    uploaded_by  bigint        not null references app_user (id),
    uploaded_at  timestamptz   not null,
    constraint advice_document_size_matches check (size = octet_length(bytes))
);
--rollback drop table advice_document; drop table intake_upload;
