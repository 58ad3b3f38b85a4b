--liquibase formatted sql

--changeset adviestracker:030-full-text-search
-- Full-text search in Dutch (stemming and stop words of the 'dutch' configuration). The vectors
-- are generated columns, so they can never disagree with the text; GIN indexes find the matches.
-- Weights: A for what names a document (subject, label), B for its main text, C for the rest.
alter table advice add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, coalesce(subject, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(theme, '')), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(introduction, '') || ' ' || coalesce(conclusion, '')), 'C')
) stored;
create index advice_search_idx on advice using gin (search_vector);

alter table point add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, text), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(document_reference, '')), 'C')
) stored;
create index point_search_idx on point using gin (search_vector);

alter table response add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, coalesce(paraphrase, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, text), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(reason, '')), 'C')
) stored;
create index response_search_idx on response using gin (search_vector);

alter table followup add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, description), 'B')
    || setweight(to_tsvector('dutch'::regconfig, owner), 'C')
) stored;
create index followup_search_idx on followup using gin (search_vector);
--rollback drop index followup_search_idx; alter table followup drop column search_vector;
--rollback drop index response_search_idx; alter table response drop column search_vector;
--rollback drop index point_search_idx; alter table point drop column search_vector;
--rollback drop index advice_search_idx; alter table advice drop column search_vector;
