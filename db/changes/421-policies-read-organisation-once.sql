--liquibase formatted sql

--changeset tenancy:421-policies-read-organisation-once splitStatements:false
-- Every row-level policy reads the connection's organisation once per statement instead of once per row.
-- current_organisation() is an inlined SQL function (nullif(current_setting(...), '')::bigint): written bare in
-- a policy, PostgreSQL evaluates it for every row a scan tests, about a microsecond each, so a scan of a few
-- thousand summary rows spent more time on the policy than on the rows (the dashboard's stances per body:
-- 7.7 ms, of which the policy's filter on 2,586 rows about 4 ms; bench/FINDINGS.md). As a scalar subquery
-- it is an InitPlan, evaluated once, and still an index condition where an index leads with organisation_id.
-- The policies say the same as before. RowLevelSecurityIT holds every policy, later ones too, to this form.
do $$
declare
    p record;
begin
    for p in select schemaname, tablename, policyname, qual, with_check from pg_policies
             where schemaname = current_schema()
               and (qual like '%current_organisation()%' or with_check like '%current_organisation()%') loop
        execute format('alter policy %I on %I.%I', p.policyname, p.schemaname, p.tablename)
                || coalesce(' using (' || replace(p.qual, 'current_organisation()', '(select current_organisation())')
                            || ')', '')
                || coalesce(' with check (' || replace(p.with_check, 'current_organisation()',
                                                       '(select current_organisation())') || ')', '');
    end loop;
end
$$;
