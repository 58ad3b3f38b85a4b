package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open follow-ups by age: five bands, each split into late, on schedule and without a date. */
class FollowUpAgesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static FollowUpAges.OpenFollowUp made(int daysAgo, LocalDate due) {
        return new FollowUpAges.OpenFollowUp(TODAY.minusDays(daysAgo), due);
    }

    @Test
    void eachFollowUpFallsInTheBandOfItsAgeInDays() {
        FollowUpAges ages = FollowUpAges.of(
                List.of(
                        made(0, null),
                        made(30, null),
                        made(31, null),
                        made(91, null),
                        made(92, null),
                        made(182, null),
                        made(183, null),
                        made(365, null),
                        made(366, null),
                        made(2000, null)),
                TODAY);

        assertThat(ages.bands())
                .extracting(FollowUpAges.Band::label, FollowUpAges.Band::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tot 1 maand", 2L),
                        org.assertj.core.groups.Tuple.tuple("1 tot 3 maanden", 2L),
                        org.assertj.core.groups.Tuple.tuple("3 tot 6 maanden", 2L),
                        org.assertj.core.groups.Tuple.tuple("6 tot 12 maanden", 2L),
                        org.assertj.core.groups.Tuple.tuple("een jaar of ouder", 2L));
        assertThat(ages.total()).isEqualTo(10);
    }

    @Test
    void lateMeansDueBeforeTodayAndTodayIsStillOnSchedule() {
        FollowUpAges ages = FollowUpAges.of(
                List.of(made(10, TODAY.minusDays(1)), made(10, TODAY), made(10, TODAY.plusDays(20)), made(10, null)),
                TODAY);

        FollowUpAges.Band young = ages.bands().get(0);
        assertThat(young.overdue()).isEqualTo(1);
        assertThat(young.onSchedule()).isEqualTo(2);
        assertThat(young.undated()).isEqualTo(1);
    }

    @Test
    void withoutOpenFollowUpsEveryBandIsEmpty() {
        FollowUpAges ages = FollowUpAges.of(List.of(), TODAY);

        assertThat(ages.bands())
                .hasSize(5)
                .allSatisfy(band -> assertThat(band.total()).isZero());
    }
}
