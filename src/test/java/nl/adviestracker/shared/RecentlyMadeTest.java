package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentlyMadeTest {

    private final List<String> made = new ArrayList<>();
    private final RecentlyMade<List<Integer>, String> sums = new RecentlyMade<>(2);

    private String sum(List<Integer> numbers) {
        made.add(numbers.toString());
        return String.valueOf(numbers.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void equalInputsGiveTheValueMadeBeforeWithoutMakingItAgain() {
        String first = sums.of(List.of(1, 2), this::sum);
        assertThat(sums.of(new ArrayList<>(List.of(1, 2)), this::sum))
                .isSameAs(first)
                .isEqualTo("3");
        assertThat(made).containsExactly("[1, 2]");
    }

    @Test
    void otherInputsAreMadeAfresh() {
        assertThat(sums.of(List.of(1, 2), this::sum)).isEqualTo("3");
        assertThat(sums.of(List.of(1, 3), this::sum)).isEqualTo("4");
        assertThat(made).containsExactly("[1, 2]", "[1, 3]");
    }

    @Test
    void onlyTheLastInputsUsedAreKept() {
        sums.of(List.of(1), this::sum);
        sums.of(List.of(2), this::sum);
        sums.of(List.of(1), this::sum); // used again: now the most recent
        sums.of(List.of(3), this::sum); // the third: [2] goes
        sums.of(List.of(1), this::sum);
        sums.of(List.of(2), this::sum);
        assertThat(made).containsExactly("[1]", "[2]", "[3]", "[2]");
    }
}
