package nl.adviestracker.intake;

import java.util.List;
import java.util.Locale;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/** The Dutch answers for documents that intake cannot read; all are about the form field {@code file}. */
final class IntakeProblems {

    static final String FIELD = "file";
    static final String SUPPORTED = "Lever een Word-document (.docx), een PDF, een e-mail (.eml), platte tekst (.txt) "
            + "of een scan of foto (PNG, JPEG) aan, of plak de tekst.";

    private IntakeProblems() {}

    static ProblemException empty() {
        return problem(ProblemStatus.BAD_REQUEST, "Leeg bestand", "Het bestand is leeg.");
    }

    static ProblemException missing() {
        return problem(ProblemStatus.BAD_REQUEST, "Geen bestand", "Er is geen bestand meegestuurd. " + SUPPORTED);
    }

    static ProblemException tooLarge(long limit) {
        return problem(
                ProblemStatus.REQUEST_ENTITY_TOO_LARGE,
                "Bestand te groot",
                "Het bestand is groter dan " + readable(limit) + ", de grootste toegestane omvang. "
                        + "Verklein het bestand (bijvoorbeeld zonder afbeeldingen) of plak de tekst.");
    }

    static ProblemException unsupported(String what) {
        return problem(ProblemStatus.UNSUPPORTED_MEDIA_TYPE, "Bestandstype niet ondersteund", what + " " + SUPPORTED);
    }

    static ProblemException encrypted() {
        return problem(
                ProblemStatus.BAD_REQUEST,
                "Beveiligd bestand",
                "Het bestand is beveiligd met een wachtwoord en kan daarom niet worden gelezen. "
                        + "Verwijder de beveiliging en lever het bestand opnieuw aan.");
    }

    static ProblemException corrupt(String what) {
        return problem(
                ProblemStatus.BAD_REQUEST,
                "Onleesbaar bestand",
                what
                        + " is beschadigd of onvolledig en kan niet worden gelezen. Sla het document opnieuw op en lever het nogmaals aan.");
    }

    static ProblemException ocrUnavailable() {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Scan niet leesbaar op deze server",
                "Dit is een scan of foto zonder tekst. Tekstherkenning (OCR) is op deze server niet geïnstalleerd, "
                        + "dus de scan kan hier niet worden gelezen. Lever het advies aan als Word-document of als PDF "
                        + "met tekst, of plak de tekst.");
    }

    static ProblemException ocrFailed() {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Scan niet leesbaar",
                "De tekstherkenning (OCR) kon deze scan niet lezen. Lever het advies aan als Word-document of als PDF "
                        + "met tekst, of plak de tekst.");
    }

    static ProblemException tookTooLong(java.time.Duration budget) {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Lezen duurt te lang",
                "Het lezen van dit document duurde langer dan " + budget.toSeconds() + " seconden en is afgebroken. "
                        + "Lever een kleiner document aan (bijvoorbeeld alleen de pagina's met het advies) of plak de tekst.");
    }

    static ProblemException tooManyPages(int pages, int limit, boolean scan) {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Te veel pagina's",
                (scan ? "Deze scan telt " : "De PDF telt ") + pages + " pagina's; "
                        + (scan ? "met tekstherkenning (OCR) worden er hoogstens " : "er worden hoogstens ")
                        + limit + " gelezen. Lever alleen de pagina's met het advies aan.");
    }

    static ProblemException inflatesTooLarge(String what, long limit) {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Bestand te groot na uitpakken",
                what + " wordt bij het uitpakken groter dan " + readable(limit)
                        + " en wordt daarom niet gelezen. Sla het document opnieuw op (zonder grote afbeeldingen) of plak de tekst.");
    }

    static ProblemException imageTooLarge(long width, long height, long limit) {
        return problem(
                ProblemStatus.UNPROCESSABLE_ENTITY,
                "Afbeelding te groot",
                "De afbeelding is " + width + " × " + height + " pixels; er worden hoogstens " + limit / 1_000_000
                        + " miljoen pixels gelezen. Verklein de foto of scan hem op een lagere resolutie (200 tot 300 dpi).");
    }

    /** All readers are busy; answered with 503 and a Retry-After. */
    static final class Busy extends ProblemException {
        static final int RETRY_AFTER_SECONDS = 10;

        Busy() {
            super(
                    ProblemStatus.SERVICE_UNAVAILABLE,
                    "Even geduld",
                    "Er worden nu te veel documenten tegelijk gelezen. Probeer het over " + RETRY_AFTER_SECONDS
                            + " seconden opnieuw.",
                    List.of(new FieldProblem(FIELD, "er worden nu te veel documenten tegelijk gelezen")));
        }
    }

    /** Read through, and not a word found: what to do differs for a scan, a PDF and a document with text. */
    static ProblemException noText(DocumentFormat format) {
        return problem(
                ProblemStatus.BAD_REQUEST,
                "Geen tekst gevonden",
                switch (format) {
                    case IMAGE ->
                        "In de scan of foto is geen tekst herkend. Lever een scherpere scan aan (recht, goed"
                                + " belicht, 200 tot 300 dpi), een Word-document of een PDF met tekst, of plak de tekst.";
                    case PDF ->
                        "In de PDF is geen tekst gevonden, ook niet met tekstherkenning (OCR) op gescande"
                                + " pagina's. Lever een scherpere scan aan (200 tot 300 dpi), een Word-document of een PDF"
                                + " met tekst, of plak de tekst.";
                    case DOCX, EMAIL, TEXT ->
                        "Het document bevat geen tekst. Lever het advies aan met de tekst erin, of plak de tekst.";
                });
    }

    /** "10 MB", "1,5 MB", "512 kB" */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb) {
            if (bytes % mb == 0) {
                return bytes / mb + " MB";
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb).replace('.', ',');
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }

    private static ProblemException problem(ProblemStatus status, String title, String detail) {
        return new ProblemException(status, title, detail, List.of(new FieldProblem(FIELD, detail)));
    }
}
