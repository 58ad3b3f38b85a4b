--liquibase formatted sql

--changeset adviestracker:110-status-moves splitStatements:false
-- The database backs the moves the domain types guard (Advice.submit/answer, AdviceRequest.withdraw/
-- answerWith): a status changes only along them, and an advice is answered only with its final letter.
-- Each message starts with the rule's name, as a constraint's would. Only updates are checked, so a restore
-- (COPY, which inserts) loads rows in any state they were in.
create function advice_status_move() returns trigger language plpgsql as $$
begin
    if new.status = old.status then
        return new;
    end if;
    if not ((old.status = 'DRAFT' and new.status = 'RECEIVED') or (old.status = 'RECEIVED' and new.status = 'ANSWERED')) then
        raise exception 'advice_status_move: advice %, % to % is not an allowed move', old.id, old.status, new.status
            using errcode = 'check_violation', constraint = 'advice_status_move';
    end if;
    if new.status = 'ANSWERED' and not exists (select 1 from letter_version l where l.advice_id = new.id and l.final) then
        raise exception 'advice_answered_with_final_letter: advice % answered without a final letter', old.id
            using errcode = 'check_violation', constraint = 'advice_answered_with_final_letter';
    end if;
    return new;
end
$$;
create trigger advice_status_move before update of status on advice
    for each row execute function advice_status_move();

create function advice_request_status_move() returns trigger language plpgsql as $$
begin
    if new.status <> old.status and not (old.status = 'OPEN' and new.status in ('ANSWERED', 'WITHDRAWN')) then
        raise exception 'advice_request_status_move: advice request %, % to % is not an allowed move', old.id, old.status, new.status
            using errcode = 'check_violation', constraint = 'advice_request_status_move';
    end if;
    if old.advice_id is not null and new.advice_id is distinct from old.advice_id then
        raise exception 'advice_request_status_move: advice request %, the advice that answered it stays', old.id
            using errcode = 'check_violation', constraint = 'advice_request_status_move';
    end if;
    return new;
end
$$;
create trigger advice_request_status_move before update of status, advice_id on advice_request
    for each row execute function advice_request_status_move();

-- Awb 3:50: a stance that departs from the advice states its reason (Response.requireReason). Not
-- validated against rows stored before the rule held everywhere; every new or changed row is checked.
alter table response add constraint response_departure_has_reason
    check (stance = 'ADOPTED' or coalesce(btrim(reason, E' \t\r\n'), '') <> '') not valid;
--rollback alter table response drop constraint response_departure_has_reason; drop trigger advice_request_status_move on advice_request; drop function advice_request_status_move(); drop trigger advice_status_move on advice; drop function advice_status_move();
