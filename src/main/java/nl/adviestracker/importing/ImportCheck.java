package nl.adviestracker.importing;

import static nl.adviestracker.importing.ImportColumn.*;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.followup.FollowUp;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.letter.LetterRoute;
import nl.adviestracker.response.Response;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;

/**
 * The rules for the rows of an import file, without a database: what is known (bodies, advices that exist)
 * comes in through {@link Known}. Where a rule has its home on a domain type, the check asks that type
 * (a departing stance's reason: {@link Response#requireReason}; done and dropped: {@link FollowUp#moveTo};
 * a dissolved body: {@link AdvisoryBody#requireOpen}; sent from the archive: {@link
 * LetterRoute#recordedFromArchive}) and reports its refusal with the row and the column.
 */
public final class ImportCheck {

    /** What the database knows, for the rules that need it. */
    public interface Known {
        /** The body with this short name or name (case does not matter). */
        Optional<AdvisoryBody> body(String shortNameOrName);

        /** An advice of this body with this subject, received on that day, exists already. */
        boolean adviceExists(long bodyId, String subject, LocalDate receivedOn);
    }

    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of(
                    "uuuu-M-d", "d-M-uuuu", "d/M/uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT))
            .toList();

    private final Known known;
    private final SignedInUser importer;
    private final LocalDate today;
    private final List<ImportPlan.Refusal> refusals = new ArrayList<>();

    private ImportCheck(Known known, SignedInUser importer, LocalDate today) {
        this.known = known;
        this.importer = importer;
        this.today = today;
    }

    public static ImportPlan plan(List<ImportRow> rows, Known known, SignedInUser importer, LocalDate today) {
        return new ImportCheck(known, importer, today).plan(rows);
    }

    private ImportPlan plan(List<ImportRow> rows) {
        Map<String, List<ImportRow>> byAdvice = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String reference = row.get(ADVICE);
            if (reference == null) {
                refuse(row, ADVICE, null, "is verplicht: het kenmerk dat de rijen van één advies bijeenhoudt");
            } else {
                byAdvice.computeIfAbsent(reference, r -> new ArrayList<>()).add(row);
            }
        }
        List<ImportPlan.Advice> advices = new ArrayList<>();
        List<String> refusedAdvices = new ArrayList<>();
        Map<String, String> sameAdvice = new HashMap<>();
        for (Map.Entry<String, List<ImportRow>> group : byAdvice.entrySet()) {
            int before = refusals.size();
            ImportPlan.Advice advice = advice(group.getKey(), group.getValue());
            if (advice != null) {
                String key =
                        advice.bodyId() + "|" + advice.subject().toLowerCase(Locale.ROOT) + "|" + advice.receivedOn();
                String earlier = sameAdvice.putIfAbsent(key, advice.reference());
                if (earlier != null) {
                    refuse(
                            group.getValue().get(0),
                            SUBJECT,
                            advice.reference(),
                            "hetzelfde advies (adviesorgaan, onderwerp, ontvangen op) staat al in dit bestand als advies '"
                                    + earlier + "'");
                }
            }
            if (advice != null && refusals.size() == before) {
                advices.add(advice);
            } else {
                refusedAdvices.add(group.getKey());
            }
        }
        return new ImportPlan(advices, List.copyOf(refusals), refusedAdvices);
    }

    private @Nullable ImportPlan.Advice advice(String reference, List<ImportRow> rows) {
        ImportRow first = rows.get(0);
        for (ImportRow row : rows.subList(1, rows.size())) {
            for (ImportColumn column : ImportColumn.values()) {
                if (column.ofAdvice() && !Objects.equals(row.get(column), first.get(column))) {
                    refuse(
                            row,
                            column,
                            reference,
                            "verschilt van rij " + first.number()
                                    + " van hetzelfde advies; de kolommen van het advies zijn op elke rij gelijk");
                }
            }
        }
        AdvisoryBody body = body(first, reference);
        String subject = text(first, SUBJECT, reference, 300);
        AdviceKind kind = choice(first, KIND, reference, AdviceKind.class, AdviceKind::dutch, AdviceKind.UNSOLICITED);
        LocalDate received = date(first, RECEIVED, reference);
        if (!first.has(RECEIVED)) {
            refuse(first, RECEIVED, reference, "is verplicht");
        }
        LocalDate letterDate = date(first, LETTER_DATE, reference);
        LocalDate due = date(first, DUE, reference);
        LocalDate sent = date(first, SENT, reference);
        if (received != null && received.isAfter(today)) {
            refuse(first, RECEIVED, reference, "ligt in de toekomst");
        }
        if (letterDate != null && received != null && letterDate.isAfter(received)) {
            refuse(first, LETTER_DATE, reference, "ligt na de dag van ontvangst (" + received + ")");
        }
        if (sent != null) {
            if (received != null && sent.isBefore(received)) {
                refuse(first, SENT, reference, "ligt voor de dag van ontvangst (" + received + ")");
            }
            domain(
                    first,
                    reference,
                    Map.of("sentOn", SENT),
                    () -> LetterRoute.startingAt(0).recordedFromArchive(importer, sent, today));
        }
        String theme = text(first, THEME, reference, 100);
        String ourReference = text(first, OUR_REFERENCE, reference, 100);
        String theirReference = text(first, THEIR_REFERENCE, reference, 100);
        String department = text(first, DEPARTMENT, reference, 200);
        if (body != null && subject != null && received != null && known.adviceExists(body.id(), subject, received)) {
            refuse(
                    first,
                    SUBJECT,
                    reference,
                    "dit advies bestaat al: " + body.shortName() + ", '" + subject + "', ontvangen op " + received
                            + "; het wordt niet nog eens ingevoerd");
        }
        List<ImportPlan.Point> points = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        for (ImportRow row : rows) {
            ImportPlan.Point point = point(row, reference, department, sent, labels);
            if (point != null) {
                points.add(point);
            }
        }
        if (body == null || subject == null || received == null || points.size() != rows.size()) {
            return null;
        }
        return new ImportPlan.Advice(
                reference,
                rows.stream().map(ImportRow::number).toList(),
                body.id(),
                body.name(),
                subject,
                kind == null ? AdviceKind.UNSOLICITED : kind,
                theme,
                letterDate == null ? received : letterDate,
                received,
                due,
                sent,
                ourReference,
                theirReference,
                department,
                points);
    }

    private @Nullable AdvisoryBody body(ImportRow row, String reference) {
        String name = row.get(BODY);
        if (name == null) {
            refuse(row, BODY, reference, "is verplicht");
            return null;
        }
        Optional<AdvisoryBody> body = known.body(name);
        if (body.isEmpty()) {
            refuse(
                    row,
                    BODY,
                    reference,
                    "adviesorgaan '" + name + "' is onbekend; gebruik de afkorting of naam uit de tool");
            return null;
        }
        domain(row, reference, Map.of("bodyId", BODY), () -> body.get().requireOpen("bodyId"));
        return body.get();
    }

    private @Nullable ImportPlan.Point point(
            ImportRow row,
            String reference,
            @Nullable String department,
            @Nullable LocalDate sent,
            Map<String, Integer> labels) {
        int before = refusals.size();
        String label = row.get(POINT);
        if (label == null) {
            refuse(row, POINT, reference, "is verplicht");
        } else if (!label.matches("[A-Za-z0-9.\\-]{1,20}")) {
            refuse(row, POINT, reference, "mag alleen letters, cijfers, punten en streepjes bevatten (hoogstens 20)");
        } else {
            Integer earlier = labels.putIfAbsent(label.toLowerCase(Locale.ROOT), row.number());
            if (earlier != null) {
                refuse(row, POINT, reference, "punt " + label + " komt al voor in dit advies (rij " + earlier + ")");
            }
        }
        String text = row.get(POINT_TEXT);
        if (text == null) {
            refuse(row, POINT_TEXT, reference, "is verplicht");
        }
        PointKind kind =
                choice(row, POINT_KIND, reference, PointKind.class, PointKind::dutch, PointKind.RECOMMENDATION);
        ImportPlan.Response response = response(row, reference, sent);
        ImportPlan.FollowUp followUp = followUp(row, reference, department, response != null);
        if (refusals.size() != before) {
            return null;
        }
        return new ImportPlan.Point(row.number(), label, text, kind, response, followUp);
    }

    private @Nullable ImportPlan.Response response(ImportRow row, String reference, @Nullable LocalDate sent) {
        String stanceText = row.get(STANCE);
        String text = row.get(RESPONSE);
        String reason = row.get(REASON);
        if (stanceText == null) {
            if (text != null || reason != null) {
                refuse(row, STANCE, reference, "is verplicht bij een reactie");
            } else if (sent != null) {
                refuse(
                        row,
                        STANCE,
                        reference,
                        "is verplicht: het antwoord is verzonden (" + sent + "), dus elk punt heeft een reactie");
            }
            return null;
        }
        Stance stance = choice(row, STANCE, reference, Stance.class, Stance::dutch, null);
        if (text == null) {
            refuse(row, RESPONSE, reference, "is verplicht bij een standpunt");
        }
        if (stance == null) {
            return null;
        }
        domain(row, reference, Map.of("reason", REASON), () -> Response.requireReason(stance, reason));
        return new ImportPlan.Response(stance, text, reason);
    }

    private @Nullable ImportPlan.FollowUp followUp(
            ImportRow row, String reference, @Nullable String department, boolean answered) {
        String description = row.get(FOLLOW_UP);
        if (description == null) {
            for (ImportColumn column :
                    List.of(FOLLOW_UP_OWNER, FOLLOW_UP_DUE, FOLLOW_UP_STATUS, FOLLOW_UP_EVIDENCE, FOLLOW_UP_REASON)) {
                if (row.has(column)) {
                    refuse(row, FOLLOW_UP, reference, "is verplicht wanneer '" + column.header() + "' is ingevuld");
                    break;
                }
            }
            return null;
        }
        if (!answered) {
            refuse(row, FOLLOW_UP, reference, "een toezegging hoort bij een reactie: vul standpunt en reactie in");
        }
        String owner = row.has(FOLLOW_UP_OWNER) ? row.get(FOLLOW_UP_OWNER) : department;
        if (owner == null) {
            refuse(row, FOLLOW_UP_OWNER, reference, "is verplicht (of vul de afdeling van het advies in)");
        }
        LocalDate due = date(row, FOLLOW_UP_DUE, reference);
        FollowUpStatus status = choice(
                row, FOLLOW_UP_STATUS, reference, FollowUpStatus.class, FollowUpStatus::dutch, FollowUpStatus.OPEN);
        String evidence = row.get(FOLLOW_UP_EVIDENCE);
        String reason = row.get(FOLLOW_UP_REASON);
        if (status != null && status != FollowUpStatus.OPEN) {
            FollowUp created = new FollowUp(null, 0L, 0L, description, "", due, FollowUpStatus.OPEN, null, null, null);
            domain(
                    row,
                    reference,
                    Map.of("evidence", FOLLOW_UP_EVIDENCE, "reason", FOLLOW_UP_REASON, "to", FOLLOW_UP_STATUS),
                    () -> created.moveTo(status, reason, evidence != null));
        }
        return status == null ? null : new ImportPlan.FollowUp(description, owner, due, status, evidence, reason);
    }

    /** Runs a domain rule; its refusal becomes this row's, in the column that holds the field it names. */
    private void domain(ImportRow row, String reference, Map<String, ImportColumn> columns, Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException problem) {
            if (problem.fieldProblems().isEmpty()) {
                refuse(row, columns.values().iterator().next(), reference, problem.getMessage());
            }
            for (FieldProblem field : problem.fieldProblems()) {
                ImportColumn column = columns.getOrDefault(
                        field.field(), columns.values().iterator().next());
                refuse(row, column, reference, field.message());
            }
        }
    }

    private @Nullable String text(ImportRow row, ImportColumn column, String reference, int max) {
        String value = row.get(column);
        if (value == null && column.required()) {
            refuse(row, column, reference, "is verplicht");
        } else if (value != null && value.length() > max) {
            refuse(row, column, reference, "mag hoogstens " + max + " tekens bevatten");
        }
        return value;
    }

    private @Nullable LocalDate date(ImportRow row, ImportColumn column, String reference) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() < 1900) {
                    break;
                }
                return date;
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        refuse(row, column, reference, "'" + value + "' is geen datum; schrijf 2007-03-14 of 14-03-2007");
        return null;
    }

    /** A value named in Dutch (as the screens say it) or by its code; blank gives the default. */
    private <E extends Enum<E>> @Nullable E choice(
            ImportRow row,
            ImportColumn column,
            String reference,
            Class<E> type,
            Function<E, String> dutch,
            @Nullable E fallback) {
        String value = row.get(column);
        if (value == null) {
            return fallback;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(wanted)
                    || dutch.apply(option).equalsIgnoreCase(wanted)
                    || Arrays.stream(dutch.apply(option).split(" / ")).anyMatch(wanted::equalsIgnoreCase)) {
                return option;
            }
        }
        refuse(
                row,
                column,
                reference,
                "'" + value + "' is onbekend; kies uit: "
                        + Arrays.stream(type.getEnumConstants()).map(dutch).collect(Collectors.joining(", ")));
        return null;
    }

    private void refuse(ImportRow row, ImportColumn column, @Nullable String reference, String reason) {
        refusals.add(new ImportPlan.Refusal(row.number(), column.header(), reason, reference));
    }
}
