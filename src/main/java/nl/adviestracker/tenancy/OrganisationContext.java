package nl.adviestracker.tenancy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which organisation the database work of this thread is for. Every connection the service takes from
 * its pool is set to it ({@link OrganisationScopedDataSource}), and PostgreSQL's row-level policies
 * show and accept only that organisation's rows. In order:
 *
 * <ol>
 *   <li>work started with {@link #within}: scheduled jobs run once per organisation, start-up work for
 *       the default one, a super-admin's new organisation;
 *   <li>the signed-in user of the current request ({@code organisationId} of its authentication);
 *   <li>an anonymous request for the public pages ({@code /public}, {@code /feed.atom},
 *       {@code /api/public}): the organisation in {@code ?organisatie=} (its id or slug is resolved by
 *       the caller; here the id), else the default organisation;
 *   <li>nothing else: no organisation, so no organisation-owned row is visible or can be written.
 * </ol>
 */
public final class OrganisationContext {

    /** Gemeente Groningen: everything stored before organisations existed, and the public pages' default. */
    public static final long DEFAULT_ORGANISATION = 1;

    /** The query parameter that chooses an organisation's public pages. */
    public static final String PUBLIC_PARAMETER = "organisatie";

    public static final String AUTHENTICATION_ATTRIBUTE = "organisationId";

    private static final ThreadLocal<Long> CHOSEN = new ThreadLocal<>();

    private OrganisationContext() {}

    /** Runs {@code work} for this organisation; connections taken inside it are set to it. */
    public static <T> T within(long organisationId, Supplier<T> work) {
        Long before = CHOSEN.get();
        CHOSEN.set(organisationId);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    public static void within(long organisationId, Runnable work) {
        within(organisationId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Sets this thread's organisation until it is set again, for a thread that works for one organisation
     * throughout (a test's own thread). Requests never use it.
     */
    public static void setForThisThread(Long organisationId) {
        restore(organisationId);
    }

    public static Optional<Long> current() {
        Long chosen = CHOSEN.get();
        if (chosen != null) {
            return Optional.of(chosen);
        }
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Optional<Authentication> authentication = request.get().getUserPrincipal(Authentication.class);
        if (authentication.isPresent()) {
            return ofAttribute(authentication.get().getAttributes().get(AUTHENTICATION_ATTRIBUTE));
        }
        return isPublic(request.get()) ? Optional.of(publicOrganisation(request.get())) : Optional.empty();
    }

    private static Optional<Long> ofAttribute(Object value) {
        return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    private static boolean isPublic(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/public")
                || path.startsWith("/public/")
                || path.equals("/feed.atom")
                || path.startsWith("/api/public/");
    }

    private static long publicOrganisation(HttpRequest<?> request) {
        String chosen = request.getParameters().get(PUBLIC_PARAMETER);
        if (chosen != null && chosen.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(chosen);
        }
        return DEFAULT_ORGANISATION;
    }

    private static void restore(Long organisationId) {
        if (organisationId == null) {
            CHOSEN.remove();
        } else {
            CHOSEN.set(organisationId);
        }
    }
}
