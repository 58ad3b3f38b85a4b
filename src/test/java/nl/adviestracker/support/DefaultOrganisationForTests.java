package nl.adviestracker.support;

import nl.adviestracker.tenancy.OrganisationContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test does itself, outside a request (creating accounts, laying out rows by hand), is the default
 * organisation's unless the test says otherwise with {@link OrganisationContext#within}. Requests the test
 * sends are the signed-in user's organisation, as always. Registered for every test class (see
 * junit-platform.properties).
 */
public class DefaultOrganisationForTests implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        OrganisationContext.setForThisThread(OrganisationContext.DEFAULT_ORGANISATION);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        OrganisationContext.setForThisThread(OrganisationContext.DEFAULT_ORGANISATION);
    }
}
