--liquibase formatted sql

--changeset adviestracker:120-body-contact-email
-- Where letters and notifications for an advisory body go by e-mail (its secretariat), beside its postal address.
alter table advisory_body add column contact_email varchar(200);
alter table advisory_body add constraint advisory_body_contact_email_plausible
    check (contact_email is null or contact_email like '%_@_%');
--rollback alter table advisory_body drop column contact_email;
