--liquibase formatted sql

--changeset adviestracker:031-search-words splitStatements:false
-- Every word that occurs in searchable text, unstemmed and in lower case, with a trigram index:
-- when a search finds nothing, the nearest known word is offered ("bedoelde u ...").
-- Triggers add the words of new and changed text; words are never removed (a stale word only
-- costs a suggestion that finds nothing, and the search checks that before offering it).
create extension if not exists pg_trgm;

create table search_word (
    word varchar(100) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create function search_words_of(content text) returns setof varchar language sql immutable as $$
    select distinct left(w, 100)::varchar
    from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, coalesce(content, '')))) as w
    where length(w) between 3 and 100 and w !~ '^[0-9.,/-]+$'
$$;

create function search_word_collect() returns trigger language plpgsql as $$
declare
    content text;
begin
    if tg_table_name = 'advice' then
        content := new.subject || ' ' || coalesce(new.theme, '') || ' ' || coalesce(new.introduction, '') || ' '
                   || coalesce(new.conclusion, '');
    elsif tg_table_name = 'point' then
        content := new.text;
    elsif tg_table_name = 'response' then
        content := coalesce(new.paraphrase, '') || ' ' || new.text || ' ' || coalesce(new.reason, '');
    else
        content := new.description || ' ' || new.owner;
    end if;
    insert into search_word (word) select search_words_of(content) on conflict do nothing;
    return null;
end
$$;

create trigger advice_search_words after insert or update of subject, theme, introduction, conclusion on advice
    for each row execute function search_word_collect();
create trigger point_search_words after insert or update of text on point
    for each row execute function search_word_collect();
create trigger response_search_words after insert or update of paraphrase, text, reason on response
    for each row execute function search_word_collect();
create trigger followup_search_words after insert or update of description, owner on followup
    for each row execute function search_word_collect();

-- the words of what is there already
insert into search_word (word)
select search_words_of(subject || ' ' || coalesce(theme, '') || ' ' || coalesce(introduction, '') || ' ' || coalesce(conclusion, '')) from advice
union select search_words_of(text) from point
union select search_words_of(coalesce(paraphrase, '') || ' ' || text || ' ' || coalesce(reason, '')) from response
union select search_words_of(description || ' ' || owner) from followup
on conflict do nothing;
--rollback drop trigger followup_search_words on followup; drop trigger response_search_words on response;
--rollback drop trigger point_search_words on point; drop trigger advice_search_words on advice;
--rollback drop function search_word_collect(); drop function search_words_of(text); drop table search_word;
