--liquibase formatted sql

--changeset adviestracker:200-two-factor splitStatements:false
-- A user's TOTP secret (RFC 6238), confirmed once the user typed a code from their app; last_step is the
-- time step of the last code accepted, so no code is accepted twice. The secret cannot be hashed: the
-- service computes the codes from it. A deployment's super-admin belongs to no organisation (null).
create table totp_credential (
    user_id         bigint      primary key references app_user (id),
    organisation_id bigint      default current_organisation() references organisation (id),
    secret          varchar(64) not null,
    confirmed_at    timestamptz,
    last_step       bigint      not null default 0,
    created_at      timestamptz not null default now(),
    constraint totp_credential_user_same_organisation
        foreign key (user_id, organisation_id) references app_user (id, organisation_id)
);

-- Ten single-use recovery codes per user, for a lost phone; hashes only.
create table recovery_code (
    id              bigint generated always as identity primary key,
    organisation_id bigint      default current_organisation() references organisation (id),
    user_id         bigint      not null,
    code_hash       varchar(64) not null,
    used_at         timestamptz,
    constraint recovery_code_user_same_organisation
        foreign key (user_id, organisation_id) references app_user (id, organisation_id)
);
create index recovery_code_user_idx on recovery_code (user_id);

-- The super-admin's rows (no organisation) are seen by connections set to no organisation, as it is.
do $$
declare
    t text;
begin
    foreach t in array array['totp_credential', 'recovery_code'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I '
                       'using (organisation_id is not distinct from current_organisation()) '
                       'with check (organisation_id is not distinct from current_organisation())', t);
    end loop;
end
$$;

-- Between the password and the second factor: the login is half done, and no session exists yet. The
-- browser holds the secret (a cookie); only its hash is kept. Found before any organisation is known.
create table login_challenge (
    token_hash  varchar(64)  primary key,
    user_id     bigint       not null references app_user (id),
    purpose     varchar(20)  not null,
    next        varchar(500) not null default '/',
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    constraint login_challenge_purpose_known check (purpose in ('CODE', 'ENROL'))
);
create index login_challenge_user_idx on login_challenge (user_id);

create function login_challenge_account(p_token_hash varchar, p_now timestamptz)
returns table (user_id bigint, organisation_id bigint, username varchar, purpose varchar, next varchar)
language sql stable security definer set search_path from current as $$
    select u.id, u.organisation_id, u.username, c.purpose, c.next
    from login_challenge c join app_user u on u.id = c.user_id
    where c.token_hash = p_token_hash and c.expires_at > p_now and u.active
$$;
revoke execute on function login_challenge_account(varchar, timestamptz) from public;
grant execute on function login_challenge_account(varchar, timestamptz) to adviestracker_application;
--rollback drop table login_challenge; drop table recovery_code; drop table totp_credential;
