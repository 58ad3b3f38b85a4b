package nl.adviestracker.letter;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.Point;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.response.ResponseView;

/** Turns an advice, its responses and the letter texts into the model the templates render. */
@Singleton
class LetterModels {

    private final LetterSettings settings;

    LetterModels(LetterSettings settings) {
        this.settings = settings;
    }

    LetterModel of(
            Advice advice,
            AdvisoryBody body,
            List<Point> points,
            List<ResponseView> responses,
            LetterText text,
            String ourReference,
            LocalDate date,
            boolean draft) {
        Map<Long, Point> byId = points.stream().collect(Collectors.toMap(Point::id, Function.identity()));
        List<String> labels = points.stream().map(Point::label).toList();
        LetterModel.Builder letter = LetterModel.builder()
                .advisoryBody(body.name())
                .attention(body.contactName())
                .addressLines(addressLines(body))
                .department(department(advice))
                .subject(text.subject())
                .phone(text.phone() == null ? settings.phone() : text.phone())
                .attachments(LetterTexts.attachmentList(text).toArray(String[]::new))
                .ourReference(ourReference)
                .date(date)
                .theirLetterDate(advice.letterDate())
                .theirReference(advice.theirReference())
                .salutation(text.salutation())
                .opening(text.opening())
                .closing(text.closing())
                .greeting(LetterModel.DEFAULT_GREETING)
                .signingBody(settings.signingBody())
                .draft(draft);
        responses.stream()
                .sorted(Comparator.comparingInt(r -> firstPosition(r, byId)))
                .forEach(r -> letter.response(LetterModel.ResponseEntry.covering(
                        labels,
                        r.pointIds().stream().map(id -> byId.get(id).label()).toList(),
                        r.paraphrase(),
                        r.text(),
                        r.stance().requiresReason() ? r.reason() : null)));
        for (String signatory : settings.signatories()) {
            int colon = signatory.indexOf(':');
            letter.signatory(
                    signatory.substring(0, colon).strip(),
                    signatory.substring(colon + 1).strip());
        }
        return letter.build();
    }

    private static int firstPosition(ResponseView response, Map<Long, Point> points) {
        return response.pointIds().stream()
                .mapToInt(id -> points.get(id).position())
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    private static String[] addressLines(AdvisoryBody body) {
        if (body.postalAddress() == null) {
            return new String[0];
        }
        List<String> lines = new ArrayList<>();
        for (String line : body.postalAddress().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines.toArray(String[]::new);
    }

    /** The letterhead prints "Afdeling" itself. */
    private static String department(Advice advice) {
        String department =
                advice.department() == null ? "" : advice.department().strip();
        return department.regionMatches(true, 0, "Afdeling ", 0, 9) ? department.substring(9) : department;
    }
}
