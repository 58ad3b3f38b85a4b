--liquibase formatted sql

--changeset adviestracker:006-accounts
create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    name          varchar(200) not null,
    email         varchar(200) not null,
    role          varchar(20)  not null,
    body_id       bigint       references advisory_body (id),
    password_hash varchar(100) not null,
    active        boolean      not null default true,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint app_user_username_unique unique (username),
    constraint app_user_role_known check (role in ('ASDG', 'STAFF', 'MANAGER', 'ADMIN')),
    constraint app_user_asdg_has_body check ((role = 'ASDG') = (body_id is not null))
);

-- A login session. Only a hash of the cookie's token is stored, so a copy of the database opens no session.
create table user_session (
    token_hash  varchar(64)  primary key,
    user_id     bigint       not null references app_user (id),
    csrf_token  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null
);
create index user_session_user_idx on user_session (user_id);
create index user_session_expiry_idx on user_session (expires_at);

-- Personal API tokens for scripts, issued and revoked by an admin.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint api_token_hash_unique unique (token_hash)
);

-- Failed logins, for throttling that holds across instances.
create table login_failure (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null,
    client       varchar(100) not null,
    failed_at    timestamptz  not null default now()
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_client_idx on login_failure (client, failed_at);
--rollback drop table login_failure; drop table api_token; drop table user_session; drop table app_user;
