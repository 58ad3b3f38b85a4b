--liquibase formatted sql

--changeset adviestracker:320-session-sign-on
-- A session started by single sign-on remembers its provider and the ID token it was started with, so that
-- signing out here can also end the session at the provider (OpenID Connect RP-initiated logout, with the
-- token as id_token_hint). Both are gone with the session row.
alter table user_session add column sign_on_provider varchar(100);
alter table user_session add column sign_on_id_token text;
alter table user_session add constraint user_session_sign_on_complete
    check ((sign_on_provider is null) = (sign_on_id_token is null));
--rollback alter table user_session drop column sign_on_id_token;
--rollback alter table user_session drop column sign_on_provider;
