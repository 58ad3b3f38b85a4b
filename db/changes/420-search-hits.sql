--liquibase formatted sql

--changeset search:420-search-hits splitStatements:false
-- The matches of a search, found as the schema's owner with the organisation filtered explicitly.
-- Under row-level security PostgreSQL may not use a full-text match (@@ is not leakproof) as an index
-- condition below the organisation's policy, so it read and tested every row of the organisation: 150 ms
-- for a rare word on the national data set, 16 ms with the GIN index (bench/FINDINGS.md). Run as the
-- owner, whom the policies do not bind, the match reads the index again, and organisation_id =
-- current_organisation() on every table keeps organisations apart as the policies do (RowLevelSecurityIT).
-- The caller reads the advices, points and texts of the hits under the policies as before.
--
-- Which hits a user may see lives here: never a deleted advice; staff never a draft; members (p_member,
-- whose search the service limits to their own body) the college's responses and follow-ups only once the
-- letter is sent. Of each kind only the newest p_candidates matches are returned. The statement is planned
-- afresh on each call (EXECUTE): whether a word is rare (read the index) or common (walk the newest rows
-- until enough match) decides the plan, and a cached generic plan cannot know it.
create function search_hits(p_query tsquery, p_kind integer, p_body bigint, p_theme varchar, p_from date,
                            p_to date, p_status varchar, p_stance varchar, p_member boolean,
                            p_candidates integer)
returns table (kind integer, advice_id bigint, item_id bigint, vector tsvector)
language plpgsql stable security definer set search_path from current as $fn$
declare
    scope text := ' and a.organisation_id = $11 and a.deleted_at is null';
    answers_visible text := case when p_member then ' and a.status = ''ANSWERED''' else '' end;
    branches text[] := '{}';
begin
    if not p_member then
        scope := scope || ' and a.status <> ''DRAFT''';
    end if;
    if p_body is not null then
        scope := scope || ' and a.body_id = $3';
    end if;
    if p_theme is not null then
        scope := scope || ' and lower(a.theme) = lower($4)';
    end if;
    if p_from is not null then
        scope := scope || ' and a.received_on >= $5';
    end if;
    if p_to is not null then
        scope := scope || ' and a.received_on < $6';
    end if;
    if p_status is not null then
        scope := scope || ' and a.status = $7';
    end if;
    if (p_kind is null or p_kind = 0) and p_stance is null then
        branches := branches || ('(select 0, a.id, a.id, a.search_vector from advice a'
            || ' where a.search_vector @@ $1' || scope || ' order by a.id desc limit $10)');
    end if;
    if p_kind is null or p_kind = 1 then
        branches := branches || ('(select 1, p.advice_id, p.id, p.search_vector from point p'
            || ' join advice a on a.id = p.advice_id'
            || ' where p.search_vector @@ $1 and p.organisation_id = $11' || scope
            || case when p_stance is null then '' else answers_visible
                   || ' and exists (select 1 from response_point rp join response r on r.id = rp.response_id'
                   || ' where rp.point_id = p.id and r.stance = $8)' end
            || ' order by p.id desc limit $10)');
    end if;
    if p_kind is null or p_kind = 2 then
        branches := branches || ('(select 2, r.advice_id, r.id, r.search_vector from response r'
            || ' join advice a on a.id = r.advice_id'
            || ' where r.search_vector @@ $1 and r.organisation_id = $11' || scope || answers_visible
            || case when p_stance is null then '' else ' and r.stance = $8' end
            || ' order by r.id desc limit $10)');
    end if;
    if p_kind is null or p_kind = 3 then
        branches := branches || ('(select 3, f.advice_id, f.id, f.search_vector from followup f'
            || ' join advice a on a.id = f.advice_id'
            || ' where f.search_vector @@ $1 and f.organisation_id = $11' || scope || answers_visible
            || case when p_stance is null then ''
                   else ' and exists (select 1 from response r where r.id = f.response_id and r.stance = $8)' end
            || ' order by f.id desc limit $10)');
    end if;
    if cardinality(branches) = 0 then
        return;
    end if;
    return query execute array_to_string(branches, ' union all ')
        using p_query, p_kind, p_body, p_theme, p_from, p_to, p_status, p_stance, p_member, p_candidates,
              current_organisation();
end
$fn$;
revoke execute on function search_hits(tsquery, integer, bigint, varchar, date, date, varchar, varchar, boolean,
    integer) from public;
grant execute on function search_hits(tsquery, integer, bigint, varchar, date, date, varchar, varchar, boolean,
    integer) to adviestracker_application;
--rollback drop function search_hits(tsquery, integer, bigint, varchar, date, date, varchar, varchar, boolean, integer);
