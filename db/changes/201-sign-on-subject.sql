--liquibase formatted sql

--changeset adviestracker:201-sign-on-subject
-- Staff who sign in through their organisation's OpenID provider: the provider's issuer and subject ("sub"),
-- which stay the same when a name or address changes. Such an account has no password here.
alter table app_user add column sign_on_subject varchar(500);
alter table app_user add constraint app_user_sign_on_subject_unique unique (sign_on_subject);
--rollback alter table app_user drop column sign_on_subject;
