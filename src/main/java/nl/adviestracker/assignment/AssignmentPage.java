package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/toewijzing}: staff choose the lead official of an advice and assign its points to
 * officials with an internal due date. A refused choice is shown again with the reason beside its field.
 */
@Controller("/advices/{id}/toewijzing")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class AssignmentPage {

    private final Views views;
    private final Assignments assignments;
    private final AdviceRegister advices;

    AssignmentPage(Views views, Assignments assignments, AdviceRegister advices) {
        this.views = views;
        this.assignments = assignments;
        this.advices = advices;
    }

    @Serdeable
    public record LeadForm(
            @Nullable String leadUserId, @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record AssignForm(
            @Nullable List<String> pointIds,
            @Nullable String assigneeUserId,
            @Nullable String internalDueOn,
            @Nullable String _csrf)
            implements CsrfForm {}

    /** One point with whom it is assigned to, and whether the form has it ticked. */
    public record PointChoice(
            long id, String label, String text, @Nullable String assigned, boolean late, boolean checked) {}

    public record AssignmentView(
            Frame frame,
            long adviceId,
            String subject,
            String externalDue,
            @Nullable String lead,
            Form leadForm,
            Form.Field leadUserId,
            Form assignForm,
            Form.Field pointIds,
            Form.Field assigneeUserId,
            Form.Field internalDueOn,
            List<PointChoice> points) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id) {
        AdviceAssignments current = assignments.of(user, id);
        Form lead = Form.named("trekker-")
                .set(
                        "leadUserId",
                        current.lead() == null
                                ? ""
                                : String.valueOf(current.lead().userId()));
        return views.page("assignment", view(user, id, current, lead, emptyAssign(), Set.of()));
    }

    @Post(value = "/lead", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> lead(SignedInUser user, long id, @Body LeadForm posted) {
        Form form = Form.named("trekker-").label("leadUserId", "Trekker").set("leadUserId", posted.leadUserId());
        Long leadId = form.number("leadUserId");
        if (leadId == null && !form.hasErrors()) {
            form.error("leadUserId", "is verplicht");
        }
        if (!form.hasErrors()) {
            try {
                assignments.chooseLead(user, id, leadId);
                return Redirects.seeOther("/advices/" + id + "?melding=trekker");
            } catch (ProblemException problem) {
                rethrowAccess(problem);
                form.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "assignment",
                view(user, id, assignments.of(user, id), form, emptyAssign(), Set.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(SignedInUser user, long id, @Body AssignForm posted) {
        Form form = emptyAssign()
                .set("assigneeUserId", posted.assigneeUserId())
                .set("internalDueOn", posted.internalDueOn());
        Set<Long> chosen = new java.util.LinkedHashSet<>();
        for (String value : posted.pointIds() == null ? List.<String>of() : posted.pointIds()) {
            try {
                chosen.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                form.error("pointIds", "kies punten uit de lijst");
            }
        }
        Long assignee = form.number("assigneeUserId");
        LocalDate due = form.date("internalDueOn");
        if (chosen.isEmpty() && !form.hasErrors()) {
            form.error("pointIds", "kies ten minste één punt");
        }
        if (assignee == null && form.value("assigneeUserId").isBlank()) {
            form.error("assigneeUserId", "is verplicht");
        }
        if (due == null && form.value("internalDueOn").isBlank()) {
            form.error("internalDueOn", "is verplicht");
        }
        if (!form.hasErrors()) {
            try {
                assignments.assign(user, id, new ArrayList<>(chosen), assignee, due);
                return Redirects.seeOther("/advices/" + id + "?melding=toegewezen");
            } catch (ProblemException problem) {
                rethrowAccess(problem);
                form.problems(problem);
            }
        }
        AdviceAssignments current = assignments.of(user, id);
        Form lead = Form.named("trekker-")
                .set(
                        "leadUserId",
                        current.lead() == null
                                ? ""
                                : String.valueOf(current.lead().userId()));
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "assignment", view(user, id, current, lead, form, chosen));
    }

    private static void rethrowAccess(ProblemException problem) {
        if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
            throw problem;
        }
    }

    private static Form emptyAssign() {
        return Form.named("toewijzing-")
                .label("pointIds", "Punten")
                .label("assigneeUserId", "Medewerker")
                .label("internalDueOn", "Interne termijn")
                .set("pointIds", "")
                .set("assigneeUserId", "")
                .set("internalDueOn", "");
    }

    private AssignmentView view(
            SignedInUser user, long id, AdviceAssignments current, Form lead, Form assign, Set<Long> chosen) {
        Advice advice = advices.get(id);
        List<Form.Option> officials = assignments.officials().stream()
                .map(p -> Form.Option.of(String.valueOf(p.userId()), p.name()))
                .collect(Collectors.toList());
        List<PointChoice> points = new ArrayList<>();
        for (Point point : advices.pointsOf(advice)) {
            AdviceAssignments.PointAssignment assigned = current.of(point.id());
            points.add(new PointChoice(
                    point.id(),
                    point.label(),
                    point.text(),
                    assigned == null
                            ? null
                            : assigned.assignee().name() + ", uiterlijk " + DutchDates.format(assigned.internalDueOn()),
                    assigned != null && assigned.late(),
                    chosen.contains(point.id())));
        }
        return new AssignmentView(
                Frame.of("Toewijzing", user, "/advices", null),
                id,
                advice.subject(),
                DutchDates.format(advice.responseDueOn()),
                current.lead() == null ? null : current.lead().name(),
                lead,
                lead.field("leadUserId", officials),
                assign,
                assign.field("pointIds"),
                assign.field("assigneeUserId", officials),
                assign.field("internalDueOn"),
                points);
    }
}
