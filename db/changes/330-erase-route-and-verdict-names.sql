--liquibase formatted sql

--changeset records:330-erase-route-and-verdict-names splitStatements:false
-- The letter route's steps and the body's verdicts name who took them, and the service may only add to
-- those tables (changesets 150 and 170). An erasure (AVG art. 17) replaces the name by the role there too,
-- as it already does in the audit log and the destruction records.
create or replace function anonymise_actor(p_names varchar[], p_role varchar) returns integer
language plpgsql volatile security definer set search_path from current as $$
declare
    changed integer := 0;
    n integer;
    one varchar;
begin
    foreach one in array p_names loop
        continue when one is null or length(one) = 0;
        update audit_event set actor = p_role
        where organisation_id = current_organisation() and actor = one;
        get diagnostics n = row_count;
        changed := changed + n;
        update audit_event
        set before = replace(before::text, to_jsonb(one)::text, to_jsonb(p_role)::text)::jsonb,
            after = replace(after::text, to_jsonb(one)::text, to_jsonb(p_role)::text)::jsonb
        where organisation_id = current_organisation()
          and (strpos(before::text, to_jsonb(one)::text) > 0 or strpos(after::text, to_jsonb(one)::text) > 0);
        get diagnostics n = row_count;
        changed := changed + n;
        update destruction_record set approved_by = p_role
        where organisation_id = current_organisation() and approved_by = one;
        update destruction_record set destroyed_by = p_role
        where organisation_id = current_organisation() and destroyed_by = one;
        update letter_step set actor = p_role
        where organisation_id = current_organisation() and actor = one;
        get diagnostics n = row_count;
        changed := changed + n;
        update letter_step set actor_name = p_role
        where organisation_id = current_organisation() and actor_name = one;
        get diagnostics n = row_count;
        changed := changed + n;
        update response_verdict set given_by = p_role
        where organisation_id = current_organisation() and given_by = one;
        get diagnostics n = row_count;
        changed := changed + n;
    end loop;
    return changed;
end
$$;
-- Rolled back, the function stays as it is: it only does more than 180's, whose rollback drops it.
--rollback select 1;
