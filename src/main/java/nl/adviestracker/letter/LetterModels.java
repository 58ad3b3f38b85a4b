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

    private final Letterheads letterheads;
    private final LetterVariants variants;

    LetterModels(Letterheads letterheads, LetterVariants variants) {
        this.letterheads = letterheads;
        this.variants = variants;
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
                .subject(text.subject())
                .attachments(LetterTexts.attachmentList(text).toArray(String[]::new))
                .ourReference(ourReference == null && draft ? advice.ourReference() : ourReference)
                .date(date)
                .theirLetterDate(advice.letterDate())
                .theirReference(advice.theirReference())
                .salutation(text.salutation())
                .opening(text.opening())
                .closing(text.closing())
                .greeting(LetterModel.DEFAULT_GREETING)
                .template(variants.templateOf(body.id()))
                .draft(draft);
        letterheads.of(advice).applyTo(letter, text.phone());
        responses.stream()
                .sorted(Comparator.comparingInt(r -> firstPosition(r, byId)))
                .forEach(r -> letter.response(LetterModel.ResponseEntry.covering(
                        labels,
                        r.pointIds().stream().map(id -> byId.get(id).label()).toList(),
                        r.paraphrase(),
                        r.text(),
                        r.stance().requiresReason() ? r.reason() : null)));
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
}
