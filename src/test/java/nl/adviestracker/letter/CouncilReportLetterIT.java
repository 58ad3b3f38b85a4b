package nl.adviestracker.letter;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.council.CouncilPeriod;
import nl.adviestracker.council.CouncilReport;
import nl.adviestracker.council.CouncilReportDocument;
import nl.adviestracker.council.CouncilReports;
import nl.adviestracker.council.HandCountedYear;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.response.Responses;
import nl.adviestracker.support.Accounts;
import org.junit.jupiter.api.Test;

/**
 * The report to the council on the hand-counted year 2009 ({@link HandCountedYear}, whose comment has the
 * figures) reads, in PDF and in DOCX, as {@code council-report-2009.approved.txt} (PDF) and {@code
 * council-report-2009-docx.approved.txt} (DOCX). The two differ only where a PDF is read across the page: the
 * header row the PDF repeats on the page a table runs onto, and the signatories side by side. The PDF is left in {@code target/letters/council-report-2009.pdf} to look at.
 */
@MicronautTest(transactional = false)
class CouncilReportLetterIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    FollowUps followUps;

    @Inject
    CouncilReports reports;

    @Inject
    ReportDocuments documents;

    @Test
    void theReportOnTheHandCountedYearReadsAsApprovedInPdfAndDocx() {
        HandCountedYear data = new HandCountedYear(accounts, http, bodies, advices, responses, followUps);
        reports.writeIntroduction(
                data.body,
                CouncilPeriod.year(HandCountedYear.YEAR),
                "In 2009 gaf de adviesraad ons drie adviezen.\n\nWij danken de leden voor hun inzet.");
        CouncilReport report =
                reports.report(data.body, CouncilPeriod.year(HandCountedYear.YEAR), HandCountedYear.TODAY);
        var document = CouncilReportDocument.of(report, HandCountedYear.TODAY);

        byte[] pdf = documents.pdf(document);
        Approvals.keepToLookAt("council-report-2009", pdf);
        Approvals.verifyRunningText("council-report-2009", "pdf", ReadBack.pdfBody(pdf));

        Approvals.verifyParagraphs(
                "council-report-2009-docx", "docx", ReadBack.docxParagraphs(documents.docx(document)));
    }
}
