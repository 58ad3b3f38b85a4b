package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The provider's groups give the highest role they name; no group of ours, no access. */
class StaffRolesTest {

    static final SignOnSettings GRONINGEN =
            new SignOnSettings("groningen", 1, "Gemeente Groningen", "groups", "beleid", "management", "beheer");

    @Test
    void theHighestGroupNamedGivesTheRole() {
        assertThat(StaffRoles.of(GRONINGEN, List.of("iedereen", "beleid"))).contains(Role.STAFF);
        assertThat(StaffRoles.of(GRONINGEN, List.of("beleid", "management"))).contains(Role.MANAGER);
        assertThat(StaffRoles.of(GRONINGEN, List.of("management", "beheer", "beleid")))
                .contains(Role.ADMIN);
    }

    @Test
    void aSingleValueClaimCountsToo() {
        assertThat(StaffRoles.of(GRONINGEN, "management")).contains(Role.MANAGER);
    }

    @Test
    void withoutOneOfOurGroupsThereIsNoRole() {
        assertThat(StaffRoles.of(GRONINGEN, List.of("iedereen"))).isEmpty();
        assertThat(StaffRoles.of(GRONINGEN, null)).isEmpty();
        assertThat(StaffRoles.of(new SignOnSettings("x", 1, null, "groups", null, null, null), List.of("")))
                .isEmpty();
    }
}
