package nl.adviestracker.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;

/**
 * Who may take which step of the letter's and the responses' route, per organisation. The four-eyes rule
 * itself is not a setting: whoever checks a letter or approves a response wrote no part of it.
 *
 * @param checkRequired a second official checks the letter before it can be approved
 * @param approverRole who approves a letter, which makes it final: {@code MANAGER} (teamleider) or any {@code STAFF}
 * @param collegeDecisionRequired the college's decision (or a mandate decision) is recorded before the letter is sent
 * @param responseReviewRequired every response is reviewed and approved before the letter can be checked
 * @param version as read, for a change
 * @param responseReviewerRole who reviews a response: any other staff member ({@code STAFF}, the default) or
 *     managers only ({@code MANAGER}); never its writer
 */
@Serdeable
public record WorkflowSettings(
        boolean checkRequired,
        @NotNull(message = "is verplicht") Role approverRole,
        boolean collegeDecisionRequired,
        boolean responseReviewRequired,
        int version,
        @Nullable Role responseReviewerRole) {

    public static final WorkflowSettings DEFAULTS = new WorkflowSettings(true, Role.MANAGER, true, true, 0, Role.STAFF);

    /** Who reviews responses; {@code STAFF} where a client left it out. */
    public Role reviewerRole() {
        return responseReviewerRole == Role.MANAGER ? Role.MANAGER : Role.STAFF;
    }

    /** Whether this user's role may review (approve or send back) a response. */
    public boolean mayReviewResponses(SignedInUser user) {
        return mayReviewResponses(user.role());
    }

    /** Whether an account with this role may review a response (never its own: that rule is the response's). */
    public boolean mayReviewResponses(Role role) {
        return reviewerRole() == Role.MANAGER ? role == Role.MANAGER : role == Role.STAFF || role == Role.MANAGER;
    }

    public String reviewerDutch() {
        return reviewerRole() == Role.MANAGER ? "een manager (teamleider)" : "een collega-medewerker";
    }

    /** Whether this user's role may approve a letter. */
    public boolean mayApprove(SignedInUser user) {
        return approverRole == Role.MANAGER ? user.isManager() : user.isStaff();
    }

    public String approverDutch() {
        return approverRole == Role.MANAGER ? "een manager (teamleider)" : "een beleidsmedewerker";
    }
}
