package nl.adviestracker.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which role the provider's groups give: the highest of admin, manager and staff whose group the claim
 * names; none of them, no access. The claim may hold one value or a list (Entra ID sends group ids as a list).
 */
final class StaffRoles {

    private StaffRoles() {}

    static Optional<Role> of(SignOnSettings settings, Object claim) {
        List<String> groups = groups(claim);
        if (named(settings.adminGroup(), groups)) {
            return Optional.of(Role.ADMIN);
        }
        if (named(settings.managerGroup(), groups)) {
            return Optional.of(Role.MANAGER);
        }
        if (named(settings.staffGroup(), groups)) {
            return Optional.of(Role.STAFF);
        }
        return Optional.empty();
    }

    private static boolean named(String group, List<String> groups) {
        return group != null && !group.isBlank() && groups.contains(group);
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value);
        }
        return List.of();
    }
}
