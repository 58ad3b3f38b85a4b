--liquibase formatted sql

--changeset adviestracker:190-destroy-route-and-verdicts splitStatements:false
-- The letter's route steps and the body's verdicts are never changed or removed by the application
-- (150, 170), but they are part of an advice's dossier: when the dossier's retention period has run
-- and a manager approved its destruction, they go with it. Only through this narrow function, for the
-- current organisation only, as destroy_audit_events_of_advice (180) does for the history.
create function destroy_kept_records_of_advice(p_advice_id bigint) returns integer
language plpgsql volatile security definer set search_path from current as $$
declare
    removed integer := 0;
    n integer;
begin
    delete from response_verdict where organisation_id = current_organisation() and advice_id = p_advice_id;
    get diagnostics n = row_count;
    removed := removed + n;
    delete from letter_step where organisation_id = current_organisation() and advice_id = p_advice_id;
    get diagnostics n = row_count;
    removed := removed + n;
    return removed;
end
$$;

revoke execute on function destroy_kept_records_of_advice(bigint) from public;
grant execute on function destroy_kept_records_of_advice(bigint) to adviestracker_application;
--rollback drop function destroy_kept_records_of_advice(bigint);
