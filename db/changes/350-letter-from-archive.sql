--liquibase formatted sql

--changeset import:350-letter-from-archive splitStatements:false
-- Earlier years' advices are imported with their answers (issue 19). Their reply letters were sent long
-- before the tool: LetterRoute.recordedFromArchive records one as sent straight from draft, with the day
-- from the file and the means ARCHIVE (uit archief). The database allows that one extra move, only with
-- that means; and an advice answered from the archive has no final letter in the tool, only its route.
alter table letter_route drop constraint letter_route_means_known;
alter table letter_route add constraint letter_route_means_known
    check (sent_means is null or sent_means in ('EMAIL', 'POST', 'DOCUMENT_SYSTEM', 'NOT_RECORDED', 'ARCHIVE'));

create or replace function letter_route_move_allowed() returns trigger language plpgsql as $$
begin
    if new.station = old.station
       or (old.station, new.station) in (('DRAFT', 'CHECKED'), ('CHECKED', 'DRAFT'), ('DRAFT', 'FINAL'),
                                         ('CHECKED', 'FINAL'), ('FINAL', 'DECIDED'), ('FINAL', 'SENT'),
                                         ('DECIDED', 'SENT')) then
        if new.station = 'SENT' and new.sent_means = 'ARCHIVE' and old.station <> 'SENT' then
            raise exception 'letter_route: only a draft is recorded as sent from the archive'
                using errcode = 'check_violation', constraint = 'letter_route_move_allowed';
        end if;
        return new;
    end if;
    if (old.station, new.station) = ('DRAFT', 'SENT') and new.sent_means = 'ARCHIVE' then
        return new;
    end if;
    raise exception 'letter_route: % -> % is not a move of the route', old.station, new.station
        using errcode = 'check_violation', constraint = 'letter_route_move_allowed';
end
$$;

create or replace function advice_status_move() returns trigger language plpgsql as $$
begin
    if new.status = old.status then
        return new;
    end if;
    if not ((old.status = 'DRAFT' and new.status = 'RECEIVED') or (old.status = 'RECEIVED' and new.status = 'ANSWERED')) then
        raise exception 'advice_status_move: advice %, % to % is not an allowed move', old.id, old.status, new.status
            using errcode = 'check_violation', constraint = 'advice_status_move';
    end if;
    if new.status = 'ANSWERED'
       and not exists (select 1 from letter_version l where l.advice_id = new.id and l.final)
       and not exists (select 1 from letter_route r where r.advice_id = new.id and r.station = 'SENT'
                                                       and r.sent_means = 'ARCHIVE') then
        raise exception 'advice_answered_with_final_letter: advice % answered without a final letter', old.id
            using errcode = 'check_violation', constraint = 'advice_answered_with_final_letter';
    end if;
    return new;
end
$$;
--rollback select 1;
