--liquibase formatted sql

--changeset adviestracker:360-followup-status-move splitStatements:false
-- The database backs FollowUp.moveTo as 110 backs the advice's and the request's moves: a follow-up's
-- status changes only along FollowUpStatus.allowedNext() (done and dropped are final), and it is done only
-- with its evidence stored. The reason for dropping or reopening is kept in followup_transition, written
-- with the move. Only updates are checked, so a restore (COPY, which inserts) loads rows as they were.
create function followup_status_move() returns trigger language plpgsql as $$
begin
    if new.status = old.status then
        return new;
    end if;
    if not ((old.status = 'OPEN' and new.status in ('IN_PROGRESS', 'DONE', 'DROPPED'))
            or (old.status = 'IN_PROGRESS' and new.status in ('OPEN', 'DONE', 'DROPPED'))) then
        raise exception 'followup_status_move: follow-up %, % to % is not an allowed move', old.id, old.status, new.status
            using errcode = 'check_violation', constraint = 'followup_status_move';
    end if;
    if new.status = 'DONE' and not exists (select 1 from followup_evidence e where e.followup_id = new.id) then
        raise exception 'followup_done_with_evidence: follow-up % done without evidence', old.id
            using errcode = 'check_violation', constraint = 'followup_done_with_evidence';
    end if;
    return new;
end
$$;
create trigger followup_status_move before update of status on followup
    for each row execute function followup_status_move();
--rollback drop trigger followup_status_move on followup; drop function followup_status_move();
