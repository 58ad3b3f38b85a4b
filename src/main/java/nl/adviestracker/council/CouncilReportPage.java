package nl.adviestracker.council;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /reports/council}: staff choose a body and a year or council term, read the main figures, write the
 * introduction and download the report (PDF, DOCX) and the open data (CSV, JSON).
 */
@Controller("/reports/council")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class CouncilReportPage {

    private final Views views;
    private final CouncilReports reports;
    private final AdvisoryBodyRepository bodies;
    private final Clock clock;

    CouncilReportPage(Views views, CouncilReports reports, AdvisoryBodyRepository bodies, Clock clock) {
        this.views = views;
        this.reports = reports;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** What the page shows; {@code report} and {@code query} only once a body and period are chosen and valid. */
    public record Page(
            Frame frame,
            Form filter,
            Form.Field body,
            Form.Field year,
            Form.Field term,
            Form introductionForm,
            Form.Field introduction,
            @Nullable CouncilReport report,
            @Nullable String periodName,
            @Nullable String countedOn,
            @Nullable String query,
            int repeatCount,
            @Nullable String notice) {}

    @Serdeable
    public record IntroductionForm(
            @Nullable String adviesorgaan,
            @Nullable String jaar,
            @Nullable String raadsperiode,
            @Nullable String inleiding,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(
            SignedInUser user,
            @Nullable @QueryValue String adviesorgaan,
            @Nullable @QueryValue String jaar,
            @Nullable @QueryValue String raadsperiode,
            @Nullable @QueryValue String melding) {
        Form filter = filter(adviesorgaan, jaar, raadsperiode);
        Chosen chosen = choose(filter, adviesorgaan != null || jaar != null || raadsperiode != null);
        Form intro = Form.named("inleiding-");
        if (chosen != null) {
            intro.set("inleiding", reports.introduction(chosen.bodyId(), chosen.period()));
        }
        return views.page(
                filter.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK,
                "council-report",
                page(user, filter, intro, chosen, "opgeslagen".equals(melding) ? "De inleiding is opgeslagen." : null));
    }

    @Post(value = "/introduction", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> writeIntroduction(SignedInUser user, @Body IntroductionForm form) {
        Form filter = filter(form.adviesorgaan(), form.jaar(), form.raadsperiode());
        Chosen chosen = choose(filter, true);
        Form intro = Form.named("inleiding-").set("inleiding", form.inleiding());
        String text = intro.text("inleiding");
        if (text != null && text.length() > CouncilReports.INTRODUCTION_LENGTH) {
            intro.error("inleiding", "is te lang (ten hoogste " + CouncilReports.INTRODUCTION_LENGTH + " tekens)");
        }
        if (chosen != null && !intro.hasErrors()) {
            try {
                reports.writeIntroduction(chosen.bodyId(), chosen.period(), text);
                return Redirects.seeOther("/reports/council?" + chosen.query() + "&melding=opgeslagen");
            } catch (ProblemException problem) {
                intro.error("inleiding", problem.getMessage());
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "council-report", page(user, filter, intro, chosen, null));
    }

    private record Chosen(long bodyId, CouncilPeriod period, String query) {}

    private Form filter(@Nullable String body, @Nullable String year, @Nullable String term) {
        return Form.named("keuze-").set("adviesorgaan", body).set("jaar", year).set("raadsperiode", term);
    }

    /** The body and period chosen, or null with the reasons in {@code filter} (when anything was asked for). */
    private @Nullable Chosen choose(Form filter, boolean asked) {
        if (!asked) {
            return null;
        }
        Long bodyId = filter.number("adviesorgaan");
        if (bodyId == null && !filter.hasErrors()) {
            filter.error("adviesorgaan", "kies een adviesorgaan");
        } else if (bodyId != null && bodies.findById(bodyId).isEmpty()) {
            filter.error("adviesorgaan", "kies een adviesorgaan uit de lijst");
        }
        String year = filter.text("jaar");
        String term = filter.text("raadsperiode");
        CouncilPeriod period = null;
        if (year != null && term != null) {
            filter.error("raadsperiode", "kies een jaar of een raadsperiode, niet allebei");
        } else if (year == null && term == null) {
            filter.error("jaar", "vul een jaar in, of een raadsperiode");
        } else if (year != null) {
            try {
                period = CouncilPeriod.year(Integer.parseInt(year));
            } catch (NumberFormatException | ProblemException e) {
                filter.error("jaar", "is geen geldig jaar");
            }
        } else {
            try {
                period = CouncilPeriod.term(term);
            } catch (ProblemException e) {
                filter.error("raadsperiode", "schrijf een raadsperiode van vier jaar, zoals 2022-2026");
            }
        }
        if (filter.hasErrors() || period == null) {
            return null;
        }
        String query = "adviesorgaan=" + bodyId + "&" + (period.isTerm() ? "raadsperiode=" : "jaar=")
                + URLEncoder.encode(period.key(), StandardCharsets.UTF_8);
        return new Chosen(bodyId, period, query);
    }

    private Page page(SignedInUser user, Form filter, Form intro, @Nullable Chosen chosen, @Nullable String notice) {
        List<Form.Option> options = bodies.listOrderByName().stream()
                .map(b -> Form.Option.of(String.valueOf(b.id()), b.name()))
                .toList();
        CouncilReport report =
                chosen == null ? null : reports.report(chosen.bodyId(), chosen.period(), LocalDate.now(clock));
        String apiQuery = chosen == null
                ? null
                : "bodyId=" + chosen.bodyId() + "&" + (chosen.period().isTerm() ? "term=" : "year=")
                        + chosen.period().key();
        return new Page(
                Frame.of("Rapportage aan de gemeenteraad", user, "/reports", null),
                filter,
                filter.field("adviesorgaan", options),
                filter.field("jaar"),
                filter.field("raadsperiode"),
                intro,
                intro.field("inleiding"),
                report,
                chosen == null ? null : chosen.period().dutch(),
                report == null ? null : DutchDates.format(report.countedOn()),
                apiQuery,
                report == null ? 0 : report.repeats().size(),
                notice);
    }
}
