package nl.adviestracker.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import nl.adviestracker.account.Role;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;
import nl.adviestracker.tenancy.OrganisationContext;

/** The current organisation's {@link WorkflowSettings}; the defaults until its admin changes them. */
@Singleton
public class WorkflowSettingsStore {

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    WorkflowSettingsStore(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public WorkflowSettings current() {
        return jdbc.prepareStatement("""
                select check_required, approver_role, college_decision_required, response_review_required, version,
                       response_reviewer_role
                from workflow_setting where organisation_id = current_organisation()""", statement -> {
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                return WorkflowSettings.DEFAULTS;
            }
            return new WorkflowSettings(
                    rows.getBoolean(1),
                    Role.valueOf(rows.getString(2)),
                    rows.getBoolean(3),
                    rows.getBoolean(4),
                    rows.getInt(5),
                    Role.valueOf(rows.getString(6)));
        });
    }

    @Transactional
    public WorkflowSettings update(WorkflowSettings input) {
        WorkflowSettings before = current();
        Versions.requireCurrent(input.version(), before.version(), "Deze instellingen", before);
        if (input.approverRole() != Role.MANAGER && input.approverRole() != Role.STAFF) {
            throw ProblemException.invalid("approverRole", "is MANAGER of STAFF");
        }
        if (input.responseReviewerRole() != null
                && input.responseReviewerRole() != Role.MANAGER
                && input.responseReviewerRole() != Role.STAFF) {
            throw ProblemException.invalid("responseReviewerRole", "is MANAGER of STAFF");
        }
        jdbc.prepareStatement("""
                insert into workflow_setting (check_required, approver_role, college_decision_required,
                                              response_review_required, response_reviewer_role, version)
                values (?, ?, ?, ?, ?, 1)
                on conflict (organisation_id) do update set check_required = excluded.check_required,
                    approver_role = excluded.approver_role,
                    college_decision_required = excluded.college_decision_required,
                    response_review_required = excluded.response_review_required,
                    response_reviewer_role = excluded.response_reviewer_role,
                    version = workflow_setting.version + 1""", statement -> {
            statement.setBoolean(1, input.checkRequired());
            statement.setString(2, input.approverRole().name());
            statement.setBoolean(3, input.collegeDecisionRequired());
            statement.setBoolean(4, input.responseReviewRequired());
            statement.setString(5, input.reviewerRole().name());
            return statement.executeUpdate();
        });
        WorkflowSettings after = current();
        audit.updated("workflow_setting", OrganisationContext.current().orElse(0L), null, before, after);
        return after;
    }
}
