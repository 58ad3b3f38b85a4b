package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A thread of repeated points in one Dutch sentence: "Dit punt is eerder gemaakt in 2022 en 2024;
 * beantwoord met 'wordt meegenomen' (2x); er volgde 1 toezegging."
 */
final class ThreadSummary {

    private ThreadSummary() {}

    /** Null for an empty thread. Stances the user may not see yet (null) are left out of the count. */
    static @Nullable String of(List<EarlierPoint> thread) {
        if (thread.isEmpty()) {
            return null;
        }
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Integer> stances = new LinkedHashMap<>();
        int followUps = 0;
        for (EarlierPoint point : thread) {
            years.add(point.year());
            if (point.stance() != null) {
                stances.merge(point.stance(), 1, Integer::sum);
            }
            followUps += point.followUps();
        }
        StringBuilder sentence = new StringBuilder("Dit punt is eerder gemaakt in ")
                .append(dutchList(years.stream().map(String::valueOf).toList()));
        if (stances.isEmpty()) {
            sentence.append("; nog geen antwoord bekend");
        } else {
            List<String> answers = new ArrayList<>();
            stances.forEach((stance, count) -> answers.add("'" + stance + "' (" + count + "x)"));
            sentence.append("; beantwoord met ").append(dutchList(answers));
        }
        sentence.append(
                switch (followUps) {
                    case 0 -> "; er volgde geen toezegging.";
                    case 1 -> "; er volgde 1 toezegging.";
                    default -> "; er volgden " + followUps + " toezeggingen.";
                });
        return sentence.toString();
    }

    /** "2022", "2022 en 2024", "2021, 2022 en 2024". */
    static String dutchList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }
}
