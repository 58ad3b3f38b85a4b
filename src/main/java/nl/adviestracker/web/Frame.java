package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.SignedInUser;

/**
 * What every screen shows around its content: the title, who is logged in, the navigation that
 * user's role may use, the CSRF token its forms carry, and the message after a save ({@link Flash}).
 */
public record Frame(
        String title,
        @Nullable String userName,
        @Nullable String roleName,
        @Nullable String csrf,
        List<NavLink> nav,
        @Nullable String flash) {

    public record NavLink(String href, String label, boolean current) {}

    public static Frame of(String title, @Nullable SignedInUser user, String currentPath, @Nullable String csrf) {
        List<NavLink> nav = new ArrayList<>();
        nav.add(link("/", "Start", currentPath));
        if (user != null) {
            if (user.isStaff()) {
                nav.add(link("/mijn-werk", "Mijn werk", currentPath));
            }
            if (user.role() == nl.adviestracker.account.Role.ASDG || user.isStaff()) {
                nav.add(link("/advices", "Adviezen", currentPath));
            }
            if (user.role() == nl.adviestracker.account.Role.ASDG || user.isStaff()) {
                nav.add(link("/requests", "Adviesaanvragen", currentPath));
            }
            if (user.isStaff()) {
                nav.add(link("/followups", "Toezeggingen", currentPath));
            }
            if (user.isManager()) {
                nav.add(link("/dashboard", "Dashboard", currentPath));
            }
            if (user.isManager()) {
                nav.add(link("/records/destruction", "Vernietiging", currentPath));
            }
            if (user.role() == nl.adviestracker.account.Role.ADMIN) {
                nav.add(link("/records/retention", "Bewaartermijnen", currentPath));
                nav.add(link("/privacy", "Persoonsgegevens", currentPath));
            }
            if (user.isStaff() || user.role() == nl.adviestracker.account.Role.ASDG) {
                nav.add(link("/search", "Zoeken", currentPath));
            }
        }
        nav.add(link("/public", "Openbaar", currentPath));
        return new Frame(
                title,
                user == null ? null : user.name(),
                user == null ? null : user.role().dutch(),
                user == null ? csrf : user.csrfToken(),
                nav,
                Flash.ofCurrentRequest());
    }

    /** The frame of a signed-in user's page, for features that read the user only through its authentication. */
    public static Frame of(String title, Authentication authentication, String currentPath) {
        return of(title, SignedInUser.of(authentication), currentPath, null);
    }

    private static NavLink link(String href, String label, String currentPath) {
        boolean current = href.equals("/") ? currentPath.equals("/") : currentPath.startsWith(href);
        return new NavLink(href, label, current);
    }
}
