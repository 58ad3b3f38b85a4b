--liquibase formatted sql

--changeset moves:381-advice-documents
-- An advice may carry several documents: the original the body sent (what intake took it in from), and for an
-- advice imported from earlier years also the reply letter the college sent and other papers, so the archive
-- advice holds its letters. Each document gets its own number and says what it is.
alter table advice_document drop constraint advice_document_pkey;
alter table advice_document add column id bigint generated always as identity primary key;
alter table advice_document add column kind varchar(20) not null default 'ADVICE';
alter table advice_document add constraint advice_document_kind_known
    check (kind in ('ADVICE', 'REPLY_LETTER', 'OTHER'));
create index advice_document_advice_idx on advice_document (advice_id, id);
--rollback drop index advice_document_advice_idx; alter table advice_document drop constraint advice_document_kind_known; alter table advice_document drop column kind; alter table advice_document drop column id; alter table advice_document add primary key (advice_id);
