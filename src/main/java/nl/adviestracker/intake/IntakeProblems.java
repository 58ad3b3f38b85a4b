package nl.adviestracker.intake;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;

/** The Dutch answers for documents that intake cannot read; all are about the form field {@code file}. */
final class IntakeProblems {

    static final String FIELD = "file";
    static final String SUPPORTED =
            "Lever een Word-document (.docx), een PDF met tekst, een e-mail (.eml) of platte tekst (.txt) aan, of plak de tekst.";

    private IntakeProblems() {}

    static ProblemException empty() {
        return problem(HttpStatus.BAD_REQUEST, "Leeg bestand", "Het bestand is leeg.");
    }

    static ProblemException missing() {
        return problem(HttpStatus.BAD_REQUEST, "Geen bestand", "Er is geen bestand meegestuurd. " + SUPPORTED);
    }

    static ProblemException tooLarge(long limit) {
        return problem(
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "Bestand te groot",
                "Het bestand is groter dan " + readable(limit) + ", de grootste toegestane omvang. "
                        + "Verklein het bestand (bijvoorbeeld zonder afbeeldingen) of plak de tekst.");
    }

    static ProblemException unsupported(String what) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Bestandstype niet ondersteund", what + " " + SUPPORTED);
    }

    static ProblemException encrypted() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Beveiligd bestand",
                "Het bestand is beveiligd met een wachtwoord en kan daarom niet worden gelezen. "
                        + "Verwijder de beveiliging en lever het bestand opnieuw aan.");
    }

    static ProblemException corrupt(String what) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Onleesbaar bestand",
                what
                        + " is beschadigd of onvolledig en kan niet worden gelezen. Sla het document opnieuw op en lever het nogmaals aan.");
    }

    static ProblemException imageOnlyPdf() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Geen tekst gevonden",
                "De PDF bevat geen tekst, alleen afbeeldingen (bijvoorbeeld een scan). "
                        + "Lever het advies aan als Word-document of als PDF met tekst, of plak de tekst.");
    }

    static ProblemException noText() {
        return problem(HttpStatus.BAD_REQUEST, "Geen tekst gevonden", "Het document bevat geen tekst.");
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

    private static ProblemException problem(HttpStatus status, String title, String detail) {
        return new ProblemException(status, title, detail, List.of(new FieldProblem(FIELD, detail)));
    }
}
