--liquibase formatted sql

--changeset adviestracker:130-password-tokens splitStatements:false
-- An invited account has no password until its owner sets one from the invitation mail.
alter table app_user alter column password_hash drop not null;

-- One-time links to set a password: an invitation (days) or a reset ("wachtwoord vergeten", an hour).
-- Only the SHA-256 hash of the secret in the link is kept; a token is used once (used_at) and expires.
create table password_token (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null default current_organisation() references organisation (id),
    user_id         bigint       not null,
    purpose         varchar(20)  not null,
    token_hash      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    constraint password_token_hash_unique unique (token_hash),
    constraint password_token_purpose_known check (purpose in ('INVITATION', 'RESET')),
    constraint password_token_user_same_organisation
        foreign key (user_id, organisation_id) references app_user (id, organisation_id)
);
create index password_token_user_idx on password_token (user_id);
alter table password_token enable row level security;
create policy organisation_isolation on password_token using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- Before sign-in the organisation is not known: the organisation a link's token belongs to, and the
-- active accounts an address for "wachtwoord vergeten" belongs to (ids only; the service goes on in that
-- organisation's setting, where row-level security applies as always).
create function password_token_organisation(p_token_hash varchar) returns bigint
language sql stable security definer set search_path from current as $$
    select organisation_id from password_token where token_hash = p_token_hash
$$;

create function accounts_for_email(p_email varchar)
returns table (user_id bigint, organisation_id bigint)
language sql stable security definer set search_path from current as $$
    select id, organisation_id from app_user
    where lower(email) = lower(p_email) and active and organisation_id is not null
$$;

revoke execute on function password_token_organisation(varchar), accounts_for_email(varchar) from public;
grant execute on function password_token_organisation(varchar), accounts_for_email(varchar)
    to adviestracker_application;
--rollback drop function accounts_for_email(varchar); drop function password_token_organisation(varchar); drop table password_token;
