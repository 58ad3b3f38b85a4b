package nl.adviestracker.account;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * One organisation's single sign-on for staff: which organisation the OpenID provider of the same name
 * ({@code micronaut.security.oauth2.clients.<provider>}) signs people into, and which groups in which claim of
 * its ID token make someone staff, manager or admin. Read at start-up: a change needs a restart (see README).
 */
@EachProperty("adviestracker.sign-on")
public record SignOnSettings(
        @Parameter String provider,
        long organisationId,
        @Nullable String label,
        @Bindable(defaultValue = "groups") String claim,
        @Nullable String staffGroup,
        @Nullable String managerGroup,
        @Nullable String adminGroup) {}
