package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.account.Roles;
import nl.adviestracker.letter.ReportDocuments;

/**
 * The report to the council on one advisory body and period (staff and managers): its figures as JSON, the
 * report in the house style as PDF and DOCX, and the introduction staff write above it. The period is a
 * {@code year} or a council {@code term} ("2022-2026", 1 April 2022 to 31 March 2026), never both.
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class CouncilReportApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CouncilReports reports;
    private final ReportDocuments documents;
    private final Clock clock;

    CouncilReportApi(CouncilReports reports, ReportDocuments documents, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.clock = clock;
    }

    /** The figures: advices received and answered (on time, late), stances, verdicts, commitments, repeats. */
    @Get("/council")
    CouncilReport figures(
            @Nullable @QueryValue Long bodyId, @Nullable @QueryValue Integer year, @Nullable @QueryValue String term) {
        return report(bodyId, year, term);
    }

    /** The report as PDF (PDF/A-2u), in the house style of the letters. */
    @Get(uri = "/council.pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(
            @Nullable @QueryValue Long bodyId, @Nullable @QueryValue Integer year, @Nullable @QueryValue String term) {
        CouncilReport report = report(bodyId, year, term);
        return HttpResponse.ok(documents.pdf(CouncilReportDocument.of(report, LocalDate.now(clock))))
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + fileName(report) + ".pdf\"");
    }

    /** The report as DOCX, to go on editing in Word. */
    @Get(uri = "/council.docx", produces = DOCX)
    HttpResponse<byte[]> docx(
            @Nullable @QueryValue Long bodyId, @Nullable @QueryValue Integer year, @Nullable @QueryValue String term) {
        CouncilReport report = report(bodyId, year, term);
        return HttpResponse.ok(documents.docx(CouncilReportDocument.of(report, LocalDate.now(clock))))
                .contentType(DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + ".docx\"");
    }

    /**
     * The introduction of the report on this body and period; a blank {@code text} removes it. At most
     * 4000 characters.
     */
    @Serdeable
    record IntroductionInput(
            @Nullable Long bodyId,
            @Nullable Integer year,
            @Nullable String term,
            @Nullable String text) {}

    @Put("/council/introduction")
    CouncilReports.Introduction introduction(@Body IntroductionInput input) {
        CouncilPeriod period = CouncilPeriod.of(input.year(), input.term());
        long bodyId = reports.body(input.bodyId()).id();
        String text = reports.writeIntroduction(bodyId, period, input.text());
        return new CouncilReports.Introduction(bodyId, period.key(), text == null ? "" : text);
    }

    private CouncilReport report(@Nullable Long bodyId, @Nullable Integer year, @Nullable String term) {
        CouncilPeriod period = CouncilPeriod.of(year, term);
        return reports.report(reports.body(bodyId).id(), period, LocalDate.now(clock));
    }

    static String fileName(CouncilReport report) {
        return "raadsrapportage-" + report.bodyId() + "-" + report.period();
    }
}
