--liquibase formatted sql

--changeset adviestracker:101-row-level-security splitStatements:false
-- Organisations kept apart by PostgreSQL itself: every organisation-owned table lets a connection see
-- and write only the rows of the organisation it is set to (app.organisation_id, see current_organisation()).
-- The policies bind the service's own role, which owns nothing and has no BYPASSRLS; the owner that runs
-- these migrations, the backup and the restore is not bound (PostgreSQL does not bind a table's owner).
--
-- adviestracker_application is the group role that holds the service's privileges; the login role the
-- service connects as is a member of it (the embedded database creates adviestracker_app; on an external
-- database see "Organisations and database roles" in the README).
do $$
begin
    if not exists (select from pg_roles where rolname = 'adviestracker_application') then
        create role adviestracker_application nologin;
    end if;
exception when duplicate_object then
    null; -- created at the same moment by a migration of another database on this server
end
$$;

do $$
declare
    owned text[] := array['advisory_body', 'project_group', 'advice', 'point', 'response', 'response_point',
        'followup', 'followup_note', 'audit_event', 'letter_text', 'letter_version', 'publication',
        'advice_due_date_extension', 'followup_transition', 'followup_evidence', 'followup_body_informed',
        'advice_request', 'reminder_sent', 'owner_address', 'intake_upload', 'advice_document', 'search_word',
        'api_token', 'app_user'];
    t text;
begin
    foreach t in array owned loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = current_organisation()) '
                       'with check (organisation_id = current_organisation())', t);
    end loop;

    -- what the service may do; tables added by later changesets get the same (default privileges)
    execute format('grant usage on schema %I to adviestracker_application', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to adviestracker_application', current_schema());
    execute format('grant usage, select on all sequences in schema %I to adviestracker_application', current_schema());
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to adviestracker_application', current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to adviestracker_application', current_schema());
end
$$;

-- Liquibase's own tables and the changelog fingerprint are the owner's.
revoke all on databasechangelog, databasechangeloglock, schema_fingerprint from adviestracker_application;
-- The audit log is only ever added to.
revoke update, delete on audit_event from adviestracker_application;

-- Every organisation's name and letterhead are public (they are on every letter); an organisation changes
-- only its own. New organisations come from create_organisation() only.
alter table organisation enable row level security;
create policy organisation_read on organisation for select using (true);
create policy organisation_update_own on organisation for update
    using (id = current_organisation()) with check (id = current_organisation());
revoke insert, delete on organisation from adviestracker_application;

create function create_organisation(p_name varchar, p_slug varchar, p_college_name varchar) returns bigint
language sql volatile security definer set search_path from current as $$
    insert into organisation (name, slug, college_name) values (p_name, p_slug, p_college_name) returning id
$$;

-- Before anyone is signed in the organisation is not known: these narrow functions (run as the owner)
-- find the one account a username, session or token belongs to, and nothing else.
create function account_for_login(p_username varchar) returns setof app_user
language sql stable security definer set search_path from current as $$
    select * from app_user where username = p_username
$$;

create function username_in_use(p_username varchar) returns boolean
language sql stable security definer set search_path from current as $$
    select exists (select 1 from app_user where username = p_username)
$$;

create function session_account(p_token_hash varchar, p_now timestamptz)
returns table (user_id bigint, organisation_id bigint, username varchar, name varchar, role varchar, body_id bigint,
               csrf_token varchar)
language sql stable security definer set search_path from current as $$
    select u.id, u.organisation_id, u.username, u.name, u.role, u.body_id, s.csrf_token
    from user_session s join app_user u on u.id = s.user_id
    where s.token_hash = p_token_hash and s.expires_at > p_now and u.active
$$;

-- last_used_at is written only when older than p_precision (see ApiTokens)
create function api_token_account(p_token_hash varchar, p_now timestamptz, p_precision interval)
returns table (user_id bigint, organisation_id bigint, username varchar, name varchar, role varchar, body_id bigint)
language plpgsql volatile security definer set search_path from current as $$
#variable_conflict use_column
declare
    found_token record;
begin
    select t.id as token_id, t.last_used_at, u.id as account_id, u.organisation_id as account_organisation,
           u.username as account_username, u.name as account_name, u.role as account_role, u.body_id as account_body
    into found_token
    from api_token t join app_user u on u.id = t.user_id
    where t.token_hash = p_token_hash and t.revoked_at is null and u.active;
    if not found then
        return;
    end if;
    if found_token.last_used_at is null or found_token.last_used_at < p_now - p_precision then
        update api_token set last_used_at = p_now where id = found_token.token_id;
    end if;
    user_id := found_token.account_id;
    organisation_id := found_token.account_organisation;
    username := found_token.account_username;
    name := found_token.account_name;
    role := found_token.account_role;
    body_id := found_token.account_body;
    return next;
end
$$;

create function calendar_token_account(p_token_hash varchar, p_now timestamptz)
returns table (user_id bigint, organisation_id bigint, username varchar, name varchar, role varchar, body_id bigint)
language sql volatile security definer set search_path from current as $$
    update calendar_token t set last_used_at = p_now from app_user u
    where t.token_hash = p_token_hash and u.id = t.user_id and u.active
    returning u.id, u.organisation_id, u.username, u.name, u.role, u.body_id
$$;

-- The deployment's super-admins belong to no organisation; the first is created from configuration.
create function create_superadmin(p_username varchar, p_name varchar, p_email varchar, p_password_hash varchar)
returns bigint language sql volatile security definer set search_path from current as $$
    insert into app_user (username, name, email, role, organisation_id, password_hash)
    select p_username, p_name, p_email, 'SUPERADMIN', null, p_password_hash
    where not exists (select 1 from app_user where username = p_username)
    returning id
$$;

create function superadmin_exists() returns boolean
language sql stable security definer set search_path from current as $$
    select exists (select 1 from app_user where role = 'SUPERADMIN')
$$;

revoke execute on function create_organisation(varchar, varchar, varchar), account_for_login(varchar),
    create_superadmin(varchar, varchar, varchar, varchar), superadmin_exists(),
    username_in_use(varchar), session_account(varchar, timestamptz),
    api_token_account(varchar, timestamptz, interval), calendar_token_account(varchar, timestamptz) from public;
grant execute on function create_organisation(varchar, varchar, varchar), account_for_login(varchar),
    create_superadmin(varchar, varchar, varchar, varchar), superadmin_exists(),
    username_in_use(varchar), session_account(varchar, timestamptz),
    api_token_account(varchar, timestamptz, interval), calendar_token_account(varchar, timestamptz)
    to adviestracker_application;
--rollback not possible
