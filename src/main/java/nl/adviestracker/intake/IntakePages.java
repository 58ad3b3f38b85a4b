package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.ProjectGroupRepository;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Flash;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * An ASDG member takes an advice in from a document or pasted text: intake proposes the split, the
 * member corrects it on the review screen, and only confirming records the draft (with the document).
 */
@Controller("/advices")
@Secured(Roles.ASDG)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class IntakePages {

    private static final Pattern POINT_FIELD =
            Pattern.compile("points\\[(\\d+)]\\.(label|text|kind|documentReference).*");

    private final Views views;
    private final AdviceIntake intake;
    private final AdviceDocuments documents;
    private final IntakeSettings settings;
    private final Bodies bodies;
    private final ProjectGroupRepository groups;
    private final Validator validator;
    private final Clock clock;

    IntakePages(
            Views views,
            AdviceIntake intake,
            AdviceDocuments documents,
            IntakeSettings settings,
            Bodies bodies,
            ProjectGroupRepository groups,
            Validator validator,
            Clock clock) {
        this.views = views;
        this.intake = intake;
        this.documents = documents;
        this.settings = settings;
        this.bodies = bodies;
        this.groups = groups;
        this.validator = validator;
        this.clock = clock;
    }

    public record IntakeView(Frame frame, Form form, Form.Field text, Form.Field file, String limit) {}

    public record PointRow(
            int index,
            int number,
            boolean first,
            boolean last,
            Form.Field labelField,
            Form.Field textField,
            Form.Field kindField,
            Form.Field referenceField,
            List<String> doubts) {
        public String labelCaption() {
            return "Punt " + number + ": nummer";
        }

        public String kindCaption() {
            return "Punt " + number + ": soort";
        }

        public String referenceCaption() {
            return "Punt " + number + ": verwijst naar (artikel of paragraaf)";
        }

        public String textCaption() {
            return "Punt " + number + ": tekst";
        }
    }

    public record ReviewView(
            Frame frame,
            Form form,
            String bodyName,
            String message,
            boolean numberingFound,
            List<String> warnings,
            String upload,
            String filename,
            Form.Field subject,
            Form.Field projectGroupId,
            Form.Field adviceKind,
            Form.Field receivedOn,
            Form.Field letterDatedOn,
            Form.Field theirReference,
            Form.Field introduction,
            Form.Field conclusion,
            List<PointRow> points,
            int count,
            Form.Field theme,
            NumberingWarning numbering) {}

    /**
     * Gaps in the numbering found when saving; saving again with the same numbering stores it as it is.
     *
     * @param accepted the numbering the user saw the warning for, posted back as {@code gapsAccepted}
     */
    public record NumberingWarning(List<String> gaps, String accepted) {

        static NumberingWarning none() {
            return new NumberingWarning(List.of(), "");
        }
    }

    @Get(value = "/intake", produces = MediaType.TEXT_HTML)
    HttpResponse<String> start(SignedInUser user) {
        requireBody(user);
        return views.page(
                "intake", intakeView(user, Form.named("intake-").set("text", "").set("file", "")));
    }

    /** Pasted text or an uploaded document in; the review screen, or the form with the problem next to its field. */
    @Post(value = "/intake", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<String> propose(
            SignedInUser user,
            @Part("text") @Nullable String text,
            @Part("file") @Nullable CompletedFileUpload file,
            @Part("_csrf") @Nullable String _csrf)
            throws IOException {
        requireBody(user);
        Form form = Form.named("intake-")
                .label("text", "Tekst van het advies")
                .label("file", "Bestand")
                .set("text", text)
                .set("file", "");
        boolean hasFile =
                file != null && (file.getSize() > 0 || !file.getFilename().isBlank());
        boolean hasText = text != null && !text.isBlank();
        if (hasFile && hasText) {
            form.error("file", "kies één van beide: plak de tekst of kies een bestand");
        } else if (!hasFile && !hasText) {
            form.error("text", "plak de tekst van het advies of kies hieronder een bestand");
        } else {
            try {
                IntakeReview review;
                if (hasFile) {
                    byte[] bytes = file.getBytes();
                    String type = file.getContentType().map(MediaType::toString).orElse(null);
                    ProposedSplit split = intake.proposeFromFile(bytes, file.getFilename(), type);
                    AdviceDocuments.Upload upload =
                            documents.keep(bytes, file.getFilename(), split.format(), user.userId());
                    review = IntakeReview.of(
                            split, LocalDate.now(clock).toString(), upload.id().toString(), upload.filename());
                    review.details.put(
                            "projectGroupId", groupId(user, split.metadata().projectGroup()));
                } else {
                    ProposedSplit split = intake.proposeFromText(text);
                    review = IntakeReview.of(split, LocalDate.now(clock).toString(), null, null);
                    review.details.put(
                            "projectGroupId", groupId(user, split.metadata().projectGroup()));
                }
                return views.page("intake-review", reviewView(user, review, formOf(review)));
            } catch (ProblemException problem) {
                form.error(hasFile ? "file" : "text", problem.getMessage());
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "intake", intakeView(user, form));
    }

    /** One change to the proposal, or confirming it: {@code action} says which. */
    @Post(value = "/intake/review", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> review(SignedInUser user, @Body Map<String, Object> fields) {
        long bodyId = requireBody(user);
        IntakeReview review = IntakeReview.posted(fields);
        String action = IntakeReview.value(fields, "action");
        if (!action.equals("save")) {
            IntakeReview.Problem problem = review.apply(action);
            Form form = formOf(review);
            if (problem != null) {
                form.error(problem.field(), problem.message());
            }
            return views.page(
                    problem == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY,
                    "intake-review",
                    reviewView(user, review, form));
        }
        Form form = formOf(review);
        AdviceInput input = input(form, review, bodyId);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < review.points.size(); i++) {
            labels.add(form.value("label-" + i).strip());
        }
        List<String> gaps = NumberingGaps.of(labels);
        String numbering = String.join("|", labels);
        if (!form.hasErrors() && !gaps.isEmpty() && !numbering.equals(IntakeReview.value(fields, "gapsAccepted"))) {
            return views.page(
                    HttpStatus.OK,
                    "intake-review",
                    reviewView(user, review, form, new NumberingWarning(gaps, numbering)));
        }
        if (!form.hasErrors()) {
            try {
                UUID upload = review.detail("upload").isBlank() ? null : UUID.fromString(review.detail("upload"));
                Advice advice = documents.confirm(user, input, upload);
                return Redirects.seeOther(Flash.after("/advices/" + advice.id(), "ingelezen"));
            } catch (IllegalArgumentException notAnId) {
                form.generalError("Het geüploade document is niet gevonden. Lever het opnieuw aan.");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "intake-review", reviewView(user, review, form));
    }

    /** The original document of an advice, for members of its body and for staff. */
    @Get(value = "/{id}/document", produces = "*/*")
    @Secured({Roles.ASDG, Roles.STAFF})
    HttpResponse<byte[]> document(SignedInUser user, long id) {
        AdviceDocuments.StoredDocument document = documents.document(user, id);
        return HttpResponse.ok(document.bytes())
                .contentType(document.contentType())
                .header("Content-Disposition", document.contentDisposition())
                .header("Cache-Control", "private, no-store");
    }

    private AdviceInput input(Form form, IntakeReview review, long bodyId) {
        List<PointInput> points = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < review.points.size(); i++) {
            IntakeReview.Item item = review.points.get(i);
            String label = form.text("label-" + i);
            String text = form.text("text-" + i);
            points.add(new PointInput(
                    label == null ? null : label.strip(),
                    text == null ? null : text.strip(),
                    form.choice("kind-" + i, PointKind.class),
                    item.documentReference.isBlank() ? null : item.documentReference,
                    null,
                    null));
            Integer earlier = seen.putIfAbsent(item.label, i);
            if (earlier != null && !item.label.isBlank()) {
                form.error(
                        "label-" + i, "komt al voor bij punt " + (earlier + 1) + "; elk punt heeft een eigen nummer");
            }
        }
        if (form.value("receivedOn").isBlank()) {
            form.error("receivedOn", "is verplicht");
        }
        AdviceInput input = new AdviceInput(
                bodyId,
                form.number("projectGroupId"),
                form.text("subject"),
                form.choice("adviceKind", AdviceKind.class),
                form.date("receivedOn"),
                form.text("theirReference"),
                null,
                form.text("theme"),
                null,
                null,
                null,
                null,
                form.text("introduction"),
                form.text("conclusion"),
                AdviceStatus.DRAFT,
                points,
                null,
                form.value("letterDatedOn").isBlank() ? null : form.date("letterDatedOn"));
        for (ConstraintViolation<AdviceInput> violation : validator.validate(input)) {
            String path = violation.getPropertyPath().toString();
            Matcher point = POINT_FIELD.matcher(path);
            if (point.matches()) {
                form.error(point.group(2) + "-" + point.group(1), violation.getMessage());
            } else {
                String field = Form.topLevel(path);
                form.error(field.equals("kind") ? "adviceKind" : field, violation.getMessage());
            }
        }
        return input;
    }

    private static Form formOf(IntakeReview review) {
        Form form = Form.named("intake-").label("adviceKind", "Soort advies");
        review.details.forEach(form::set);
        for (int i = 0; i < review.points.size(); i++) {
            IntakeReview.Item item = review.points.get(i);
            form.set("label-" + i, item.label)
                    .set("text-" + i, item.text)
                    .set("kind-" + i, item.kind)
                    .set("documentReference-" + i, item.documentReference)
                    .label("documentReference-" + i, "Punt " + (i + 1) + ": verwijst naar")
                    .label("label-" + i, "Punt " + (i + 1) + ": nummer")
                    .label("text-" + i, "Punt " + (i + 1) + ": tekst")
                    .label("kind-" + i, "Punt " + (i + 1) + ": soort");
        }
        return form;
    }

    private ReviewView reviewView(SignedInUser user, IntakeReview review, Form form) {
        return reviewView(user, review, form, NumberingWarning.none());
    }

    private ReviewView reviewView(SignedInUser user, IntakeReview review, Form form, NumberingWarning numbering) {
        long bodyId = requireBody(user);
        List<Form.Option> groupOptions = groups.findByBodyIdOrderByName(bodyId).stream()
                .map(g -> Form.Option.of(String.valueOf(g.id()), g.name()))
                .toList();
        List<Form.Option> kinds = List.of(
                Form.Option.of(AdviceKind.UNSOLICITED.name(), "ongevraagd advies"),
                Form.Option.of(AdviceKind.SOLICITED.name(), "gevraagd advies (het college vroeg erom)"));
        List<PointRow> rows = new ArrayList<>();
        int count = review.points.size();
        for (int i = 0; i < count; i++) {
            rows.add(new PointRow(
                    i,
                    i + 1,
                    i == 0,
                    i == count - 1,
                    form.field("label-" + i),
                    form.field("text-" + i),
                    form.field("kind-" + i, Form.options(PointKind.values(), PointKind::dutch)),
                    form.field("documentReference-" + i),
                    review.points.get(i).doubts));
        }
        return new ReviewView(
                Frame.of("Voorstel controleren", user, "/advices", null),
                form,
                bodies.get(bodyId).name(),
                review.detail("message"),
                Boolean.parseBoolean(review.detail("numberingFound")),
                review.warnings,
                review.detail("upload"),
                review.detail("filename"),
                form.field("subject"),
                form.field("projectGroupId", groupOptions),
                form.field("adviceKind", kinds),
                form.field("receivedOn"),
                form.field("letterDatedOn"),
                form.field("theirReference"),
                form.field("introduction"),
                form.field("conclusion"),
                rows,
                count,
                form.field("theme"),
                numbering);
    }

    /** The body's project group the letter names ("projectgroep Wonen en Zorg"), or none. */
    private String groupId(SignedInUser user, @Nullable String named) {
        if (named == null || user.bodyId() == null) {
            return "";
        }
        String wanted = named.toLowerCase(java.util.Locale.ROOT);
        return groups.findByBodyIdOrderByName(user.bodyId()).stream()
                .filter(g -> {
                    String name = g.name().toLowerCase(java.util.Locale.ROOT);
                    return name.equals(wanted) || name.equals("projectgroep " + wanted);
                })
                .map(g -> String.valueOf(g.id()))
                .findFirst()
                .orElse("");
    }

    private IntakeView intakeView(SignedInUser user, Form form) {
        return new IntakeView(
                Frame.of("Advies inlezen", user, "/advices", null),
                form,
                form.field("text"),
                form.field("file"),
                settings.maxFileSizeText());
    }

    private static long requireBody(SignedInUser user) {
        if (user.bodyId() == null) {
            throw AdviceAccess.forbidden("Alleen leden van een adviesorgaan voeren adviezen in.");
        }
        return user.bodyId();
    }
}
