package nl.adviestracker.advice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dutch point reference of a response, computed from the points it covers:
 * "punt 5", "punten 1 t/m 4", "punten 1, 3 en 5", "punten 2 t/m 4 en 6", "punten 2a en 2b".
 *
 * <p>Points are compared by their position in the advice, not by reading the labels as numbers, so
 * roman labels (II, III) and any other numbering work as long as the advice lists them in order.
 * Three or more points that follow each other among the points of the same level (main points, or
 * the sub-points of one main point) are written as a range "X t/m Y"; two are listed ("punten 1 en
 * 2"). A main point and its own sub-points are different levels: covering 2, 2a and 2b gives
 * "punten 2, 2a en 2b".
 */
public final class PointReferences {

    /** A main point label ("5", "II") optionally followed by a sub-point part ("2a", "2.1", "IIb"). */
    private static final Pattern LABEL = Pattern.compile("^(\\d+|[IVXLCDM]+)(?:\\.?([a-z]+|\\d+))?$");

    private static final String MAIN_LEVEL = "";

    private PointReferences() {}

    /**
     * Computes the reference for a response.
     *
     * @param adviceLabels  the labels of all points of the advice, in the advice's order
     * @param coveredLabels the labels of the points the response covers, in any order
     * @return "punt 5", "punten 1 t/m 4", ...
     * @throws IllegalArgumentException if nothing is covered or a covered label is not a point of the advice
     */
    public static String of(List<String> adviceLabels, Collection<String> coveredLabels) {
        Objects.requireNonNull(adviceLabels, "adviceLabels");
        Objects.requireNonNull(coveredLabels, "coveredLabels");
        var covered = new LinkedHashSet<String>();
        for (String label : coveredLabels) {
            covered.add(normalise(label));
        }
        if (covered.isEmpty()) {
            throw new IllegalArgumentException("a response covers at least one point");
        }
        List<String> advice =
                adviceLabels.stream().map(PointReferences::normalise).toList();
        if (new LinkedHashSet<>(advice).size() != advice.size()) {
            throw new IllegalArgumentException("the advice has duplicate point labels: " + advice);
        }
        for (String label : covered) {
            if (!advice.contains(label)) {
                throw new IllegalArgumentException("point " + label + " is not a point of the advice " + advice);
            }
        }
        if (covered.size() == 1) {
            return "punt " + covered.iterator().next();
        }
        return "punten " + joinDutch(parts(advice, covered));
    }

    /**
     * The covered points in advice order, grouped into runs of points that stand next to each other in
     * the advice and share a level; a run of three or more becomes "X t/m Y".
     */
    private static List<String> parts(List<String> advice, Set<String> covered) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = null;
        String previous = null;
        for (String label : advice) {
            boolean isCovered = covered.contains(label);
            if (isCovered && run != null && previous != null && level(previous).equals(level(label))) {
                run.add(label);
            } else if (isCovered) {
                run = new ArrayList<>();
                run.add(label);
                runs.add(run);
            } else {
                run = null;
            }
            previous = label;
        }

        List<String> parts = new ArrayList<>();
        for (List<String> r : runs) {
            if (r.size() >= 3) {
                parts.add(r.get(0) + " t/m " + r.get(r.size() - 1));
            } else {
                parts.addAll(r);
            }
        }
        return parts;
    }

    /** Main points share one level; the sub-points of main point 2 form level "2". */
    private static String level(String label) {
        Matcher m = LABEL.matcher(label);
        if (m.matches() && m.group(2) != null) {
            return m.group(1);
        }
        return MAIN_LEVEL;
    }

    private static String joinDutch(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    private static String normalise(String label) {
        Objects.requireNonNull(label, "point label");
        String trimmed = label.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a point label is empty");
        }
        return trimmed;
    }
}
