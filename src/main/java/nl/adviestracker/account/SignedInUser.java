package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Who makes the current request, as the security layer knows it. Controllers take it as a parameter
 * ({@code SignedInUserBinder}) and pass it to the use cases, which decide what the user may do. It is a
 * {@link Principal} so the API document leaves it out of the operations' parameters.
 *
 * @param organisationId the organisation the user belongs to; null only for the deployment's super-admin
 * @param bodyId the body of an ASDG member; null for other roles
 * @param csrfToken the token forms of this session must carry; null for API tokens, which need none
 */
@Serdeable
public record SignedInUser(
        long userId,
        String username,
        String name,
        Role role,
        @Nullable Long organisationId,
        @Nullable Long bodyId,
        @Nullable String csrfToken)
        implements Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean isStaff() {
        return role == Role.STAFF || role == Role.MANAGER;
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isAsdgMemberOf(long body) {
        return role == Role.ASDG && bodyId != null && bodyId == body;
    }

    Authentication toAuthentication() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("userId", userId);
        attributes.put("name", name);
        attributes.put("role", role.name());
        if (organisationId != null) {
            attributes.put(OrganisationContext.AUTHENTICATION_ATTRIBUTE, organisationId);
        }
        if (bodyId != null) {
            attributes.put("bodyId", bodyId);
        }
        if (csrfToken != null) {
            attributes.put("csrf", csrfToken);
        }
        return Authentication.build(username, role.grants(), attributes);
    }

    public static SignedInUser of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        Object body = attributes.get("bodyId");
        Object organisation = attributes.get(OrganisationContext.AUTHENTICATION_ATTRIBUTE);
        return new SignedInUser(
                ((Number) attributes.get("userId")).longValue(),
                authentication.getName(),
                (String) attributes.get("name"),
                Role.valueOf((String) attributes.get("role")),
                organisation == null ? null : ((Number) organisation).longValue(),
                body == null ? null : ((Number) body).longValue(),
                (String) attributes.get("csrf"));
    }
}
