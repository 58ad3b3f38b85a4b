package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.adviestracker.account.PeopleNames;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.dossier.AdviceDossier;
import nl.adviestracker.dossier.Dossiers;
import nl.adviestracker.dossier.RouteBox;
import nl.adviestracker.response.Completeness;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.ViewHelpers;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/letter}: the reply letter on screen. Staff edit the letter's own texts (two people
 * saving at once see each other's version), read the letter's text, keep numbered versions and compare
 * two of them; a manager makes the letter final, after which nothing on it can be edited any more.
 */
@Controller("/advices/{id}/letter")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class LetterPage {

    static final Map<String, String> NOTICES = Map.of(
            "teksten",
            "De teksten van de brief zijn opgeslagen.",
            "versie",
            "Deze versie van de brief is bewaard.",
            "definitief",
            "De brief is definitief gemaakt: zijn tekst ligt vast. Na het besluit van het college legt u de verzending"
                    + " vast; dan is het advies beantwoord.");

    private final Views views;
    private final Dossiers dossiers;
    private final Letters letters;
    private final LetterTexts texts;
    private final Validator validator;
    private final Letterheads letterheads;
    private final LetterRoutes routes;

    private final PeopleNames names;

    LetterPage(
            Views views,
            Dossiers dossiers,
            Letters letters,
            LetterTexts texts,
            Validator validator,
            Letterheads letterheads,
            LetterRoutes routes,
            PeopleNames names) {
        this.names = names;
        this.letterheads = letterheads;
        this.routes = routes;
        this.views = views;
        this.dossiers = dossiers;
        this.letters = letters;
        this.texts = texts;
        this.validator = validator;
    }

    @Serdeable
    public record TextsForm(
            @Nullable String subject,
            @Nullable String salutation,
            @Nullable String opening,
            @Nullable String closing,
            @Nullable String phone,
            @Nullable String attachments,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record FinalizeForm(
            @Nullable String ourReference,
            @Nullable String date,
            @Nullable String _csrf) implements CsrfForm {}

    public record Screen(
            Frame frame,
            long adviceId,
            String adviceSubject,
            AdviceStatus status,
            boolean manager,
            @Nullable String notice,
            @Nullable Sent sent,
            List<String> openProblems,
            List<String> preview,
            String defaultPhone,
            @Nullable Editor editor,
            @Nullable TheirTexts theirs,
            List<VersionRow> versions,
            @Nullable Comparison comparison,
            @Nullable Finalizer finalizer,
            RouteBox route,
            boolean fromArchive) {

        public String phoneHint() {
            return "Leeg: " + defaultPhone + ".";
        }

        /** The letter was sent: the advice is answered. */
        public boolean answered() {
            return status == AdviceStatus.ANSWERED;
        }

        /** Two versions or more can be compared. */
        public boolean comparable() {
            return versions.size() > 1;
        }
    }

    /** The final letter: its version, date and reference (whether it was sent yet, the route says). */
    public record Sent(
            int number, @Nullable LocalDate date, @Nullable String ourReference, String by) {}

    public record Editor(
            Form form,
            String version,
            Form.Field subject,
            Form.Field salutation,
            Form.Field opening,
            Form.Field closing,
            Form.Field phone,
            Form.Field attachments) {}

    /** The texts another person saved meanwhile, shown beside the user's own after a 409. */
    public record TheirTexts(
            String subject,
            String salutation,
            String opening,
            String closing,
            @Nullable String phone,
            List<String> attachments,
            @Nullable Instant savedAt) {}

    public record VersionRow(
            int number,
            boolean isFinal,
            String createdBy,
            Instant createdAt,
            @Nullable String ourReference,
            @Nullable LocalDate letterDate,
            boolean from,
            boolean to) {}

    public record Comparison(int from, int to, List<ChangeRow> changes) {}

    public record ChangeRow(String kind, int line, List<String> before, List<String> after) {}

    public record Finalizer(Form form, Form.Field ourReference, Form.Field date) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(
            SignedInUser user,
            long id,
            @Nullable @QueryValue String melding,
            @Nullable @QueryValue String van,
            @Nullable @QueryValue String tot) {
        AdviceDossier dossier = dossiers.of(id, user);
        Comparison comparison = comparison(id, van, tot);
        return views.page(
                "letter",
                screen(
                        user,
                        dossier,
                        textsForm(dossier),
                        null,
                        finalizeForm(),
                        comparison,
                        melding == null ? null : NOTICES.get(melding)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveTexts(SignedInUser user, long id, @Body TextsForm form) {
        AdviceDossier dossier = dossiers.of(id, user);
        requireNotSent(id);
        Form state = Form.named("brief-")
                .label("subject", "Onderwerp")
                .label("salutation", "Aanhef")
                .label("opening", "Openingsalinea")
                .label("closing", "Slotalinea")
                .label("phone", "Telefoon")
                .label("attachments", "Bijlagen")
                .set("subject", form.subject())
                .set("salutation", form.salutation())
                .set("opening", form.opening())
                .set("closing", form.closing())
                .set("phone", form.phone())
                .set("attachments", form.attachments())
                .set("version", form.version());
        List<String> attachments = form.attachments() == null
                ? List.of()
                : Arrays.stream(form.attachments().split("\r?\n"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        LetterTextInput input = new LetterTextInput(
                state.text("subject"),
                state.text("salutation"),
                state.text("opening"),
                state.text("closing"),
                state.text("phone"),
                attachments,
                versionOrStale(form.version()));
        state.violations(validator.validate(input));
        TheirTexts theirs = null;
        if (!state.hasErrors()) {
            try {
                texts.save(user, id, input);
                return Redirects.seeOther("/advices/" + id + "/letter?melding=teksten");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT && problem.current() instanceof LetterText saved) {
                    theirs = theirTexts(dossier, saved);
                    state.set("version", saved.version());
                    state.generalError(
                            "Iemand anders heeft de teksten van deze brief opgeslagen terwijl u ze wijzigde. "
                                    + "Hieronder staat zijn of haar versie naast de uwe. Neem over wat u wilt houden en sla "
                                    + "opnieuw op; dan vervangt uw tekst de andere versie.");
                } else if (problem.status() == ProblemStatus.NOT_FOUND) {
                    throw problem;
                } else {
                    state.problems(problem);
                }
            }
        }
        HttpStatus status = theirs != null ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return views.page(status, "letter", screen(user, dossier, state, theirs, finalizeForm(), null, null));
    }

    /** Keeps the draft as it is now as the next numbered version. */
    @Post(value = "/versions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveVersion(SignedInUser user, long id, @Body PlainForm form) {
        LetterVersion version = letters.saveDraftVersion(user, id);
        return Redirects.seeOther("/advices/" + id + "/letter?melding=versie#versie-" + version.number());
    }

    /** Makes the letter final; refused, with each open point and missing reason named, while the answer is incomplete. */
    @Post(value = "/finalize", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> finalizeLetter(SignedInUser user, long id, @Body FinalizeForm form) {
        AdviceDossier dossier = dossiers.of(id, user);
        Form state = Form.named("definitief-")
                .label("ourReference", "Ons kenmerk")
                .label("date", "Datum")
                .set("ourReference", form.ourReference())
                .set("date", form.date());
        String reference = state.text("ourReference");
        if (reference == null) {
            state.error("ourReference", "is verplicht");
        } else if (reference.strip().length() > 100) {
            state.error("ourReference", "mag hoogstens 100 tekens bevatten");
        }
        LocalDate date = state.date("date");
        if (date == null && state.text("date") == null) {
            state.error("date", "is verplicht");
        }
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!state.hasErrors()) {
            try {
                routes.approve(user, id, reference.strip(), date);
                return Redirects.seeOther("/advices/" + id + "/letter?melding=definitief");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                status = problem.status() == ProblemStatus.CONFLICT ? HttpStatus.CONFLICT : status;
                if (problem.fieldProblems().isEmpty()) {
                    state.problems(problem);
                }
                // each open point and missing reason as a sentence of its own
                problem.fieldProblems().forEach(p -> state.generalError(ViewHelpers.fieldError("", p.message()) + "."));
            }
        }
        return views.page(
                status, "letter", screen(user, dossiers.of(id, user), textsForm(dossier), null, state, null, null));
    }

    private Screen screen(
            SignedInUser user,
            AdviceDossier dossier,
            Form textsForm,
            @Nullable TheirTexts theirs,
            Form finalizeForm,
            @Nullable Comparison comparison,
            @Nullable String notice) {
        Advice advice = dossier.advice();
        long id = advice.id();
        List<LetterVersion> stored = letters.versions(id);
        Function<String, String> nameOf = names.lookupOrSomeone();
        LetterVersion sentVersion =
                stored.stream().filter(LetterVersion::isFinal).findFirst().orElse(null);
        Sent sent = sentVersion == null
                ? null
                : new Sent(
                        sentVersion.number(),
                        sentVersion.letterDate(),
                        sentVersion.ourReference(),
                        nameOf.apply(sentVersion.createdBy()));
        List<VersionRow> rows = stored.stream()
                .map(v -> new VersionRow(
                        v.number(),
                        v.isFinal(),
                        nameOf.apply(v.createdBy()),
                        v.createdAt(),
                        v.ourReference(),
                        v.letterDate(),
                        comparison != null
                                ? v.number() == comparison.from()
                                : stored.size() > 1 && v.number() == stored.size() - 1,
                        comparison != null ? v.number() == comparison.to() : v.number() == stored.size()))
                .toList();
        LetterRoutes.RouteView route = routes.view(user, id);
        // imported with its answer: the letter was sent long ago and is not in the tool
        // (LetterRoute.recordedFromArchive)
        boolean fromArchive = route.route().sentMeans() == SendingMeans.ARCHIVE;
        Editor editor = sent != null || fromArchive
                ? null
                : new Editor(
                        textsForm,
                        textsForm.value("version"),
                        textsForm.field("subject"),
                        textsForm.field("salutation"),
                        textsForm.field("opening"),
                        textsForm.field("closing"),
                        textsForm.field("phone"),
                        textsForm.field("attachments"));
        Finalizer finalizer = sent != null || fromArchive || !route.settings().mayApprove(user)
                ? null
                : new Finalizer(finalizeForm, finalizeForm.field("ourReference"), finalizeForm.field("date"));
        return new Screen(
                Frame.of("Antwoordbrief: " + advice.subject(), user, "/advices/" + id, null),
                id,
                advice.subject(),
                advice.status(),
                user.isManager(),
                notice,
                sent,
                sent != null || fromArchive ? List.of() : openProblems(dossier.completeness()),
                letters.currentLines(id),
                LetterView.orNone(letterheads.of(advice).phone()),
                editor,
                theirs,
                rows,
                comparison,
                finalizer,
                LetterRouteBoxes.box(route),
                fromArchive);
    }

    private Form textsForm(AdviceDossier dossier) {
        LetterText effective = texts.effective(dossier.advice(), dossier.body());
        return Form.named("brief-")
                .set("subject", effective.subject())
                .set("salutation", effective.salutation())
                .set("opening", effective.opening())
                .set("closing", effective.closing())
                .set("phone", effective.phone())
                .set("attachments", effective.attachments())
                .set("version", effective.version());
    }

    private static Form finalizeForm() {
        return Form.named("definitief-").set("ourReference", "").set("date", LocalDate.now(DutchDates.ZONE));
    }

    private TheirTexts theirTexts(AdviceDossier dossier, LetterText saved) {
        LetterText shown = texts.effective(dossier.advice(), dossier.body());
        return new TheirTexts(
                shown.subject(),
                shown.salutation(),
                shown.opening(),
                shown.closing(),
                saved.phone(),
                saved.attachments() == null
                        ? List.of()
                        : List.of(saved.attachments().split("\n")),
                saved.updatedAt());
    }

    private static List<String> openProblems(Completeness completeness) {
        List<String> problems = new ArrayList<>();
        completeness.unansweredPoints().forEach(p -> problems.add("Punt " + p.label() + " heeft nog geen reactie."));
        completeness
                .ruleViolations()
                .forEach(v ->
                        problems.add("Reactie op " + String.join(", ", v.pointLabels()) + ": " + v.problem() + "."));
        return problems;
    }

    private @Nullable Comparison comparison(long id, @Nullable String from, @Nullable String to) {
        Integer a = parseVersion(from);
        Integer b = parseVersion(to);
        if (a == null || b == null) {
            return null;
        }
        Letters.Difference difference;
        try {
            difference = letters.difference(id, a, b);
        } catch (ProblemException missing) {
            return null;
        }
        return new Comparison(
                a,
                b,
                difference.changes().stream()
                        .map(c -> new ChangeRow(
                                switch (c.type()) {
                                    case "INSERT" -> "toegevoegd";
                                    case "DELETE" -> "verwijderd";
                                    default -> "gewijzigd";
                                },
                                c.line(),
                                c.before(),
                                c.after()))
                        .toList());
    }

    private void requireNotSent(long id) {
        letters.requireNotSent(id);
    }

    /**
     * The version the form was shown with. A form shown before any texts were saved has none: if someone
     * saved texts meanwhile, that is a conflict like any other, so it is sent as a version that never matches.
     */
    private static Integer versionOrStale(@Nullable String version) {
        Integer parsed = parseVersion(version);
        return parsed == null ? -1 : parsed;
    }

    private static @Nullable Integer parseVersion(@Nullable String version) {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
