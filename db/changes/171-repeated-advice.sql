--liquibase formatted sql

--changeset adviestracker:171-repeated-advice splitStatements:false
-- Staff's decision on a hinted repeat: this point of an advice makes again the point made earlier in
-- another advice of the same body (CONFIRMED), or only looks like it (DISMISSED). The hints themselves
-- are computed when asked (full-text lexemes and pg_trgm, see repeat/RepeatMeasure); only decisions
-- are stored. One decision per pair; a changed mind updates it (version) and the audit log keeps both.
create table point_repeat_decision (
    id                bigint generated always as identity primary key,
    organisation_id   bigint       not null default current_organisation(),
    advice_id         bigint       not null,
    point_id          bigint       not null references point (id) on delete cascade,
    earlier_point_id  bigint       not null references point (id) on delete cascade,
    decision          varchar(20)  not null,
    decided_by        varchar(200) not null,
    decided_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    constraint point_repeat_decision_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint point_repeat_decision_advice_same_organisation
        foreign key (advice_id, organisation_id) references advice (id, organisation_id),
    constraint point_repeat_decision_known check (decision in ('CONFIRMED', 'DISMISSED')),
    constraint point_repeat_decision_not_itself check (point_id <> earlier_point_id),
    constraint point_repeat_decision_once unique (point_id, earlier_point_id)
);
create index point_repeat_decision_advice_idx on point_repeat_decision (organisation_id, advice_id);
create index point_repeat_decision_earlier_idx on point_repeat_decision (earlier_point_id);

alter table point_repeat_decision enable row level security;
create policy organisation_isolation on point_repeat_decision using (organisation_id = current_organisation())
    with check (organisation_id = current_organisation());

-- trigram index for the comparison of a point with every earlier point of its body
create index point_text_trgm_idx on point using gin (text gin_trgm_ops);
--rollback drop index point_text_trgm_idx; drop table point_repeat_decision;
