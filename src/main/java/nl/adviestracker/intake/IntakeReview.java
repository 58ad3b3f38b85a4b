package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.advice.PointKind;

/**
 * The review of a proposed split as the form carries it: the advice's details and every point, as the
 * user last edited them. Each action (merge, split, move, delete, renumber, add) posts the whole
 * state and gets it back changed, so the server keeps nothing until the user confirms.
 */
final class IntakeReview {

    static final int MAX_POINTS = 500;
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");
    static final List<String> DETAILS = List.of(
            "subject",
            "projectGroupId",
            "adviceKind",
            "receivedOn",
            "letterDatedOn",
            "theirReference",
            "theme",
            "introduction",
            "conclusion",
            "upload",
            "filename",
            "message",
            "numberingFound");

    /** One point under review; {@code doubts} are what intake was unsure of at this point. */
    static final class Item {
        String label;
        String text;
        String kind;
        String documentReference;
        List<String> doubts;

        Item(String label, String text, String kind) {
            this(label, text, kind, "", List.of());
        }

        Item(String label, String text, String kind, String documentReference, List<String> doubts) {
            this.label = label;
            this.text = text;
            this.kind = kind;
            this.documentReference = documentReference;
            this.doubts = doubts;
        }
    }

    final Map<String, String> details;
    final List<String> warnings;
    final List<Item> points;

    private IntakeReview(Map<String, String> details, List<String> warnings, List<Item> points) {
        this.details = details;
        this.warnings = warnings;
        this.points = points;
    }

    /** The review as intake proposed it. */
    static IntakeReview of(ProposedSplit split, String today, @Nullable String upload, @Nullable String filename) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("subject", orEmpty(split.metadata().subject()));
        details.put("projectGroupId", "");
        details.put("adviceKind", "UNSOLICITED");
        details.put(
                "receivedOn",
                split.metadata().date() == null
                        ? today
                        : split.metadata().date().toString());
        // the date the letter itself carries, apart from the day it was received
        details.put(
                "letterDatedOn",
                split.metadata().date() == null ? "" : split.metadata().date().toString());
        details.put("theirReference", orEmpty(split.metadata().theirReference()));
        details.put("theme", "");
        details.put("introduction", orEmpty(split.introduction()));
        details.put("conclusion", orEmpty(split.conclusion()));
        details.put("upload", orEmpty(upload));
        details.put("filename", orEmpty(filename));
        details.put("message", orEmpty(split.message()));
        details.put("numberingFound", String.valueOf(split.numberingFound()));
        List<Item> points = new ArrayList<>();
        for (ProposedPoint point : split.points()) {
            points.add(new Item(
                    point.label(),
                    point.text(),
                    point.kind() == null ? kindOf(point.text()) : point.kind().name(),
                    orEmpty(point.documentReference()),
                    point.doubts()));
        }
        return new IntakeReview(details, new ArrayList<>(split.warnings()), points);
    }

    /** The review as the form posted it. */
    static IntakeReview posted(Map<String, ?> fields) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        DETAILS.forEach(name -> details.put(name, value(fields, name)));
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 50 && fields.containsKey("warning-" + i); i++) {
            warnings.add(value(fields, "warning-" + i));
        }
        List<Item> points = new ArrayList<>();
        int count = (int) Math.min(MAX_POINTS, Math.max(0, number(value(fields, "count"))));
        for (int i = 0; i < count; i++) {
            List<String> doubts = new ArrayList<>();
            for (int k = 0; k < 10 && fields.containsKey("doubt-" + i + "-" + k); k++) {
                doubts.add(value(fields, "doubt-" + i + "-" + k));
            }
            points.add(new Item(
                    value(fields, "label-" + i).strip(),
                    value(fields, "text-" + i),
                    value(fields, "kind-" + i),
                    value(fields, "documentReference-" + i).strip(),
                    doubts));
        }
        return new IntakeReview(details, warnings, points);
    }

    /**
     * Applies one action, e.g. {@code merge-2}; returns the problem with the point it concerns, or null.
     * Indexes outside the list are ignored: the form was older than the state.
     */
    @Nullable
    Problem apply(String action) {
        Matcher m = Pattern.compile("(merge|split|up|down|delete)-(\\d{1,3})").matcher(action);
        if (action.equals("renumber")) {
            for (int i = 0; i < points.size(); i++) {
                points.get(i).label = String.valueOf(i + 1);
            }
            return null;
        }
        if (action.equals("add")) {
            points.add(new Item(freeLabel(String.valueOf(points.size() + 1)), "", PointKind.RECOMMENDATION.name()));
            return null;
        }
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(2));
        if (i >= points.size()) {
            return null;
        }
        Item point = points.get(i);
        switch (m.group(1)) {
            case "merge" -> {
                if (i + 1 < points.size()) {
                    Item next = points.remove(i + 1);
                    point.text = join(point.text, next.text);
                }
            }
            case "split" -> {
                Matcher blank = BLANK_LINE.matcher(point.text.strip());
                if (!blank.find()) {
                    return new Problem(
                            "text-" + i,
                            "bevat geen lege regel: zet een lege regel waar het punt gesplitst moet worden");
                }
                String text = point.text.strip();
                point.text = text.substring(0, blank.start());
                String rest = text.substring(blank.end());
                points.add(i + 1, new Item(freeLabel(point.label), rest, kindOf(rest)));
            }
            case "up" -> {
                if (i > 0) {
                    points.add(i - 1, points.remove(i));
                }
            }
            case "down" -> {
                if (i + 1 < points.size()) {
                    points.add(i + 1, points.remove(i));
                }
            }
            default -> points.remove(i);
        }
        return null;
    }

    record Problem(String field, String message) {}

    String detail(String name) {
        return details.getOrDefault(name, "");
    }

    /** A label no other point has: the wanted one, else it with a letter added ("3a"), else a number. */
    private String freeLabel(String wanted) {
        Set<String> taken = new HashSet<>();
        points.forEach(p -> taken.add(p.label));
        if (!taken.contains(wanted)) {
            return wanted;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (!taken.contains(wanted + c)) {
                return wanted + c;
            }
        }
        int n = points.size() + 1;
        while (taken.contains(String.valueOf(n))) {
            n++;
        }
        return String.valueOf(n);
    }

    /** A question when it asks one; otherwise a recommendation, which most points are. */
    static String kindOf(String text) {
        return text.strip().endsWith("?") ? PointKind.QUESTION.name() : PointKind.RECOMMENDATION.name();
    }

    private static String join(String a, String b) {
        return a.strip().isEmpty() ? b.strip() : b.strip().isEmpty() ? a.strip() : a.strip() + "\n\n" + b.strip();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A form field's value: forms may send a field once (a string) or, by mistake, more than once (a list). */
    static String value(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "" : String.valueOf(list.get(0));
        }
        return value == null ? "" : value.toString();
    }
}
