package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.PeopleNames;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.Confirmation;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /followups}: the commitments made in responses, late ones first and those without a date in
 * a group of their own; one follow-up with its progress notes, status and details.
 */
@Controller("/followups")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class FollowUpPages {

    private static final List<String> SORTS = List.of("due", "owner", "age");

    /** The label of the reason a moved due date needs, in the form and in its error messages. */
    static final String DUE_ON_REASON = "Reden voor de nieuwe datum";

    private final Views views;
    private final FollowUpList list;
    private final FollowUps followUps;
    private final FollowUpLifecycle lifecycle;
    private final AdviceRegister advices;
    private final Validator validator;
    private final PeopleNames names;

    FollowUpPages(
            Views views,
            FollowUpList list,
            FollowUps followUps,
            FollowUpLifecycle lifecycle,
            AdviceRegister advices,
            Validator validator,
            PeopleNames names) {
        this.names = names;
        this.lifecycle = lifecycle;
        this.views = views;
        this.list = list;
        this.followUps = followUps;
        this.advices = advices;
        this.validator = validator;
    }

    public record ListView(
            Frame frame,
            Form.Field status,
            Form.Field sort,
            List<FollowUpSummary> dated,
            Pager datedPager,
            List<FollowUpSummary> undated,
            Pager undatedPager) {}

    public record DetailView(
            Frame frame,
            FollowUpView followUp,
            String adviceSubject,
            String statusLabel,
            @Nullable String notice,
            Form form,
            String version,
            Form.Field description,
            Form.Field owner,
            Form.Field dueOn,
            Form.Field dueOnReason,
            @Nullable DueDateHistory dueDateHistory,
            Form.Field status,
            Form.Field reason,
            Form noteForm,
            Form.Field noteText,
            Form.Field notedOn,
            List<NoteRow> notes,
            @Nullable FollowUpView theirs,
            FollowUpLifecycleBox lifecycle) {}

    @Serdeable
    public record FollowUpForm(
            @Nullable String description,
            @Nullable String owner,
            @Nullable String dueOn,
            @Nullable String dueOnReason,
            @Nullable String status,
            @Nullable String reason,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    /** A progress note as the page shows it: by a person's name, not a username. */
    public record NoteRow(java.time.LocalDate notedOn, String author, String text) {}

    @Serdeable
    public record InformForm(
            @Nullable String means,
            @Nullable String informedOn,
            @Nullable String note,
            @Nullable String bevestigd,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record NoteForm(
            @Nullable String text,
            @Nullable String notedOn,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            SignedInUser user,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer zonderDatum) {
        String wanted = status == null ? "open" : status;
        if (!wanted.equals("open") && !wanted.equals("alle") && !isStatus(wanted)) {
            wanted = "open";
        }
        String sortKey = sort != null && SORTS.contains(sort) ? sort : "due";
        String filterStatus = wanted.equals("alle") ? null : wanted;
        PageOf<FollowUpSummary> dated = list.find(
                new FollowUpFilter(filterStatus, null, null, null, null, true, sortKey),
                new PageRequest(page == null || page < 0 ? 0 : page, PageRequest.DEFAULT_SIZE));
        PageOf<FollowUpSummary> undated = list.find(
                new FollowUpFilter(
                        filterStatus, null, null, null, null, false, sortKey.equals("due") ? "age" : sortKey),
                new PageRequest(zonderDatum == null || zonderDatum < 0 ? 0 : zonderDatum, PageRequest.DEFAULT_SIZE));
        Pager.Query query = Pager.Query.of("/followups")
                .with("status", wanted.equals("open") ? null : wanted)
                .with("sort", sortKey.equals("due") ? null : sortKey);
        Form filter = Form.named("filter-").set("status", wanted).set("sort", sortKey);
        List<Form.Option> statuses = new ArrayList<>();
        statuses.add(Form.Option.of("open", "open en in uitvoering"));
        for (FollowUpStatus s : FollowUpStatus.values()) {
            statuses.add(Form.Option.of(s.name(), s.dutch()));
        }
        statuses.add(Form.Option.of("alle", "alle"));
        List<Form.Option> sorts = List.of(
                Form.Option.of("due", "datum (te laat eerst)"),
                Form.Option.of("owner", "uitvoerder"),
                Form.Option.of("age", "leeftijd (oudste eerst)"));
        return views.page(
                "followups",
                new ListView(
                        Frame.of("Toezeggingen", user, "/followups", null),
                        filter.field("status", statuses),
                        filter.field("sort", sorts),
                        dated.items(),
                        Pager.of(dated, query.with("zonderDatum", zonderDatum), "page"),
                        undated.items(),
                        Pager.of(undated, query.with("page", page), "zonderDatum")));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        FollowUpView current = followUps.get(user, id);
        String notice = melding == null
                ? null
                : switch (melding) {
                    case "opgeslagen" -> "De toezegging is bijgewerkt.";
                    case "notitie" -> "De voortgang is genoteerd.";
                    case "bewijs" -> "Het bewijs is toegevoegd.";
                    case "geinformeerd" -> "Vastgelegd dat het adviesorgaan is geïnformeerd over de uitkomst.";
                    case "brief" ->
                        "De brief over de uitkomst is definitief gemaakt en bewaard. Verstuur hem zoals "
                                + "gewoonlijk; het adviesorgaan ziet de uitkomst nu bij het advies.";
                    default -> null;
                };
        return views.page("followup", detail(user, current, formOf(current), emptyNote(), notice, null));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(SignedInUser user, long id, @Body FollowUpForm posted) {
        FollowUpView current = followUps.get(user, id);
        Form form = Form.named("toezegging-")
                .label("owner", "Uitvoerder")
                .label("dueOnReason", DUE_ON_REASON)
                .label("to", "Status")
                .label("reason", "Reden")
                .label("evidence", "Bewijs")
                .set("description", posted.description())
                .set("owner", posted.owner())
                .set("dueOn", posted.dueOn())
                .set("dueOnReason", posted.dueOnReason())
                .set("status", posted.status())
                .set("reason", posted.reason())
                .set("version", posted.version());
        Long version = form.number("version");
        FollowUpInput input = new FollowUpInput(
                current.responseId(),
                form.text("description"),
                form.text("owner"),
                form.date("dueOn"),
                form.text("dueOnReason"),
                null,
                version == null ? null : version.intValue());
        FollowUpStatus to = form.choice("status", FollowUpStatus.class);
        form.violations(validator.validate(input));
        FollowUpView theirs = null;
        if (!form.hasErrors()) {
            try {
                lifecycle.save(user, id, input, to, form.text("reason"));
                return Redirects.seeOther("/followups/" + id + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT && problem.current() instanceof FollowUpView saved) {
                    theirs = saved;
                    form.set("version", saved.version());
                    form.generalError("Iemand anders heeft deze toezegging intussen gewijzigd. Vergelijk de opgeslagen "
                            + "versie met de uwe en sla opnieuw op om uw versie te bewaren.");
                } else {
                    form.problems(problem);
                }
            }
        }
        FollowUpView now = followUps.get(user, id);
        return views.page(
                theirs == null ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT,
                "followup",
                detail(user, now, form, emptyNote(), null, theirs));
    }

    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addNote(SignedInUser user, long id, @Body NoteForm posted) {
        FollowUpView current = followUps.get(user, id);
        Form form = Form.named("notitie-")
                .label("text", "Wat is er gebeurd")
                .set("text", posted.text())
                .set("notedOn", posted.notedOn());
        NoteInput input = new NoteInput(form.date("notedOn"), form.text("text"));
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            try {
                followUps.addNote(user, id, input);
                return Redirects.seeOther("/followups/" + id + "?melding=notitie#voortgang");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY, "followup", detail(user, current, formOf(current), form, null, null));
    }

    /** Evidence that the follow-up was delivered: a decision, a link or an uploaded document. */
    @Post(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addEvidence(
            SignedInUser user,
            long id,
            @Part("kind") @Nullable String kind,
            @Part("description") @Nullable String description,
            @Part("url") @Nullable String url,
            @Part("file") @Nullable CompletedFileUpload file,
            @Part("_csrf") @Nullable String _csrf) {
        FollowUpView current = followUps.get(user, id);
        Form form = FollowUpLifecycleBox.emptyEvidence()
                .set("kind", kind)
                .set("description", description)
                .set("url", url);
        EvidenceKind chosen = form.choice("kind", EvidenceKind.class);
        if (chosen == null) {
            form.error("kind", "is verplicht");
        }
        String fileError = null;
        String fileName = null;
        String contentType = null;
        String content = null;
        if (chosen == EvidenceKind.DOCUMENT) {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
                fileError = "Kies het bestand dat u wilt bewaren.";
                form.generalError("Bestand: kies het bestand dat u wilt bewaren.");
            } else {
                try {
                    fileName = file.getFilename();
                    contentType = file.getContentType().map(MediaType::toString).orElse("application/octet-stream");
                    content = java.util.Base64.getEncoder().encodeToString(file.getBytes());
                } catch (java.io.IOException e) {
                    fileError = "Het bestand kon niet worden gelezen. Probeer het opnieuw.";
                    form.generalError("Bestand: " + fileError);
                }
            }
        }
        if (!form.hasErrors() && chosen != null) {
            EvidenceInput input = new EvidenceInput(
                    chosen,
                    form.text("description"),
                    chosen == EvidenceKind.LINK ? form.text("url") : null,
                    fileName,
                    contentType,
                    content);
            form.violations(validator.validate(input));
            if (!form.hasErrors()) {
                try {
                    lifecycle.addEvidence(user, id, input);
                    return Redirects.seeOther("/followups/" + id + "?melding=bewijs#bewijs-kop");
                } catch (ProblemException problem) {
                    form.problems(problem);
                }
            }
        }
        return lifecycleRefused(user, current, form, fileError, FollowUpLifecycleBox.emptyInform());
    }

    /**
     * Records that the body was told the outcome by other means than a letter made here. It cannot be
     * undone, so the first post shows what will happen and the second (with {@code bevestigd=ja}) records it.
     */
    @Post(value = "/{id}/informed", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> informBody(SignedInUser user, long id, @Body InformForm posted) {
        FollowUpView current = followUps.get(user, id);
        Form form = FollowUpLifecycleBox.emptyInform()
                .set("means", posted.means())
                .set("informedOn", posted.informedOn())
                .set("note", posted.note());
        InformMeans means = form.choice("means", InformMeans.class);
        InformInput input = new InformInput(form.date("informedOn"), means, form.text("note"));
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            if (!Confirmation.confirmed(posted.bevestigd())) {
                return views.page(
                        "confirm",
                        new Confirmation(
                                Frame.of("Adviesorgaan geïnformeerd?", user, "/followups", null),
                                "Vastleggen dat het adviesorgaan is geïnformeerd?",
                                List.of(
                                        "U legt vast dat het adviesorgaan op "
                                                + (input.informedOn() == null
                                                        ? "vandaag"
                                                        : nl.adviestracker.shared.DutchDates.format(input.informedOn()))
                                                + " per " + means.dutch()
                                                + " is geïnformeerd over de uitkomst van deze "
                                                + "toezegging.",
                                        "Daarna is de toezegging helemaal afgehandeld en telt ze niet meer mee als "
                                                + "'adviesorgaan nog niet geïnformeerd'.",
                                        "Leden van het adviesorgaan zien de uitkomst bij het advies."),
                                "/followups/" + id + "/informed",
                                List.of(
                                        new Confirmation.Hidden("means", form.value("means")),
                                        new Confirmation.Hidden("informedOn", form.value("informedOn")),
                                        new Confirmation.Hidden("note", form.value("note"))),
                                "Ja, vastleggen",
                                "/followups/" + id + "#informeren-kop",
                                "Nee, terug naar de toezegging",
                                false));
            }
            try {
                lifecycle.informBody(user, id, input, null);
                return Redirects.seeOther("/followups/" + id + "?melding=geinformeerd#informeren-kop");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return lifecycleRefused(user, current, FollowUpLifecycleBox.emptyEvidence(), null, form);
    }

    /** The follow-up again with the lifecycle box's refused form (evidence or informing), its errors beside it. */
    private HttpResponse<String> lifecycleRefused(
            SignedInUser user, FollowUpView current, Form evidence, @Nullable String fileError, Form inform) {
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "followup",
                detail(user, current, formOf(current), emptyNote(), null, null, evidence, fileError, inform));
    }

    private DetailView detail(
            SignedInUser user,
            FollowUpView followUp,
            Form form,
            Form note,
            @Nullable String notice,
            @Nullable FollowUpView theirs) {
        return detail(
                user,
                followUp,
                form,
                note,
                notice,
                theirs,
                FollowUpLifecycleBox.emptyEvidence(),
                null,
                FollowUpLifecycleBox.emptyInform());
    }

    private DetailView detail(
            SignedInUser user,
            FollowUpView followUp,
            Form form,
            Form note,
            @Nullable String notice,
            @Nullable FollowUpView theirs,
            Form evidence,
            @Nullable String fileError,
            Form inform) {
        Advice advice = advices.get(followUp.adviceId());
        List<Form.Option> statuses = new ArrayList<>();
        statuses.add(Form.Option.of(followUp.status().name(), followUp.status().dutch() + " (zoals nu)"));
        followUp.status().allowedNext().stream()
                .sorted()
                .forEach(s -> statuses.add(Form.Option.of(s.name(), s.dutch())));
        return new DetailView(
                Frame.of("Toezegging", user, "/followups", null),
                followUp,
                advice.subject(),
                followUp.status().dutch(),
                notice,
                form,
                form.value("version"),
                form.field("description"),
                form.field("owner"),
                form.field("dueOn"),
                form.field("dueOnReason"),
                DueDateHistory.of(followUp.dueDateMoves(), names.lookupOrSomeone()),
                form.field("status", statuses),
                form.field("reason"),
                note,
                note.field("text"),
                note.field("notedOn"),
                notes(followUp),
                theirs,
                FollowUpLifecycleBox.of(followUp, names.lookupOrSomeone(), evidence, fileError, inform));
    }

    private List<NoteRow> notes(FollowUpView followUp) {
        java.util.function.Function<String, String> nameOf = names.lookupOrSomeone();
        return followUp.notes().stream()
                .map(n -> new NoteRow(n.notedOn(), nameOf.apply(n.author()), n.text()))
                .toList();
    }

    private static Form formOf(FollowUpView current) {
        return Form.named("toezegging-")
                .set("description", current.description())
                .set("owner", current.owner())
                .set("dueOn", current.dueOn())
                .set("dueOnReason", "")
                .set("status", current.status().name())
                .set("reason", "")
                .set("version", current.version());
    }

    private static Form emptyNote() {
        return Form.named("notitie-").set("text", "").set("notedOn", "");
    }

    private static boolean isStatus(String value) {
        for (FollowUpStatus s : FollowUpStatus.values()) {
            if (s.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
