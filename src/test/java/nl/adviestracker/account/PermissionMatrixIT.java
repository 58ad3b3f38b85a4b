package nl.adviestracker.account;

import static nl.adviestracker.account.PermissionMatrixIT.Who.ADMIN;
import static nl.adviestracker.account.PermissionMatrixIT.Who.MANAGER;
import static nl.adviestracker.account.PermissionMatrixIT.Who.MEMBER;
import static nl.adviestracker.account.PermissionMatrixIT.Who.OTHER_MEMBER;
import static nl.adviestracker.account.PermissionMatrixIT.Who.STAFF;
import static nl.adviestracker.account.PermissionMatrixIT.Who.SUPERADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.organisation.NewOrganisation;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.reminder.OwnerAddresses;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.Authenticator;
import nl.adviestracker.tenancy.OrganisationContext;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint × every kind of user: allowed or denied, from the one table below. The table must
 * name every route the service has, so a new endpoint without an entry fails this test.
 * "Allowed" means the request got past authorization (it may still be refused as bad input);
 * "denied" means 401, 403 or a redirect to the login page, and for another body's advice 404: ids of
 * advices outside the caller's body reveal nothing (issue 12).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixIT implements TestPropertyProvider {

    /** An OpenID provider for the single sign-on routes, which exist only for a configured provider. */
    MockOAuth2Server provider;

    @Override
    public Map<String, String> getProperties() {
        provider = new MockOAuth2Server();
        try {
            provider.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "micronaut.security.oauth2.clients.groningen.client-id", "adviestracker-matrix",
                "micronaut.security.oauth2.clients.groningen.client-secret", "geheim",
                "micronaut.security.oauth2.clients.groningen.openid.issuer",
                        provider.issuerUrl("groningen").toString(),
                "adviestracker.sign-on.groningen.organisation-id", "1",
                "adviestracker.sign-on.groningen.staff-group", "beleid");
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    /** Each test logs its own users in, as with a fresh instance per test (the provider is per class). */
    @BeforeEach
    void freshSessions() {
        sessionsByRole.clear();
    }

    enum Who {
        ANONYMOUS,
        MEMBER,
        OTHER_MEMBER,
        STAFF,
        MANAGER,
        ADMIN,
        /** The deployment's administrator: organisations only, no organisation's data. */
        SUPERADMIN
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> LOGGED_IN = EnumSet.of(MEMBER, OTHER_MEMBER, STAFF, MANAGER, ADMIN, SUPERADMIN);
    static final Set<Who> READERS_OF_ADVICE = EnumSet.of(MEMBER, STAFF, MANAGER);
    static final Set<Who> AUTHOR = EnumSet.of(MEMBER);
    static final Set<Who> COLLEGE = EnumSet.of(STAFF, MANAGER);
    static final Set<Who> MEMBERS_AND_COLLEGE = EnumSet.of(MEMBER, OTHER_MEMBER, STAFF, MANAGER);

    /** One row: a route as the router names it, how to call it on a fixture, and who may. */
    record Rule(
            HttpMethod method,
            String template,
            Function<Fixture, String> path,
            Function<Fixture, Object> body,
            Set<Who> allowed,
            boolean form) {}

    static final List<Rule> RULES = List.of(
            rule("GET", "/health", f -> "/health", EVERYONE),
            rule("GET", "/health/{selector}", f -> "/health/liveness", EVERYONE),
            rule("GET", "/openapi.yml", f -> "/openapi.yml", EVERYONE),
            rule("GET", "/login", f -> "/login", EVERYONE),
            rule(
                    "POST",
                    "/login",
                    f -> "/login",
                    // the fixture's staff account set up its app when it was made: the code of its app goes along
                    f -> Map.of(
                            "username",
                            "doel" + f.unique,
                            "password",
                            "lang-genoeg",
                            "code",
                            Authenticator.code("doel" + f.unique)),
                    EVERYONE),
            rule("POST", "/logout", f -> "/logout", f -> Map.of(), LOGGED_IN),
            rule("GET", "/api/me", f -> "/api/me", LOGGED_IN),
            rule("GET", "/api/bodies", f -> "/api/bodies", LOGGED_IN),
            rule("GET", "/api/bodies/{id}", f -> "/api/bodies/" + f.body, LOGGED_IN),
            rule(
                    "POST",
                    "/api/bodies",
                    f -> "/api/bodies",
                    f -> Map.of("name", "Nieuw " + f.unique, "shortName", "N" + f.unique),
                    EnumSet.of(ADMIN)),
            rule(
                    "PUT",
                    "/api/bodies/{id}",
                    f -> "/api/bodies/" + f.body,
                    f -> Map.of("name", "Hernoemd " + f.unique, "shortName", "H" + f.unique, "version", 0),
                    EnumSet.of(ADMIN)),
            rule(
                    "POST",
                    "/api/bodies/{id}/dissolve",
                    f -> "/api/bodies/" + f.body + "/dissolve",
                    f -> Map.of(),
                    EnumSet.of(ADMIN)),
            rule(
                    "POST",
                    "/api/bodies/{id}/reopen",
                    f -> "/api/bodies/" + f.body + "/reopen",
                    f -> Map.of(),
                    EnumSet.of(ADMIN)),
            rule("GET", "/api/advices", f -> "/api/advices", EnumSet.of(MEMBER, OTHER_MEMBER, STAFF, MANAGER)),
            rule("POST", "/api/advices", f -> "/api/advices", f -> f.adviceInput(null), AUTHOR),
            rule("GET", "/api/advices/{id}", f -> "/api/advices/" + f.advice, READERS_OF_ADVICE),
            rule("PUT", "/api/advices/{id}", f -> "/api/advices/" + f.advice, f -> f.adviceInput(0), COLLEGE),
            rule("DELETE", "/api/advices/{id}", f -> "/api/advices/" + f.draft, AUTHOR),
            rule("POST", "/api/advices/{id}/submit", f -> "/api/advices/" + f.draft + "/submit", f -> Map.of(), AUTHOR),
            rule("GET", "/api/advices/{id}/history", f -> "/api/advices/" + f.advice + "/history", READERS_OF_ADVICE),
            rule("GET", "/api/advices/{id}/points", f -> "/api/advices/" + f.advice + "/points", READERS_OF_ADVICE),
            rule(
                    "GET",
                    "/api/advices/{id}/points/{pointId}",
                    f -> "/api/advices/" + f.advice + "/points/" + f.point,
                    READERS_OF_ADVICE),
            rule(
                    "POST",
                    "/api/advices/{id}/points",
                    f -> "/api/advices/" + f.draft + "/points",
                    f -> point("9", null),
                    AUTHOR),
            rule(
                    "PUT",
                    "/api/advices/{id}/points/{pointId}",
                    f -> "/api/advices/" + f.draft + "/points/" + f.draftPoint,
                    f -> point("1", 0),
                    AUTHOR),
            rule(
                    "DELETE",
                    "/api/advices/{id}/points/{pointId}",
                    f -> "/api/advices/" + f.draft + "/points/" + f.draftPoint,
                    AUTHOR),
            rule(
                    "PUT",
                    "/api/advices/{id}/points/order",
                    f -> "/api/advices/" + f.draft + "/points/order",
                    f -> Map.of("pointIds", List.of(f.draftPoint)),
                    AUTHOR),
            rule("GET", "/api/advices/{id}/responses", f -> "/api/advices/" + f.advice + "/responses", COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/responses/{responseId}",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response,
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/responses",
                    f -> "/api/advices/" + f.advice + "/responses",
                    f -> f.responseInput(f.point2, null),
                    COLLEGE),
            rule(
                    "PUT",
                    "/api/advices/{id}/responses/{responseId}",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response,
                    f -> f.responseInput(f.point, 0),
                    COLLEGE),
            rule(
                    "DELETE",
                    "/api/advices/{id}/responses/{responseId}",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response,
                    COLLEGE),
            rule("GET", "/api/advices/{id}/unanswered", f -> "/api/advices/" + f.advice + "/unanswered", COLLEGE),
            rule("GET", "/api/advices/{id}/letter", f -> "/api/advices/" + f.advice + "/letter", COLLEGE),
            rule(
                    "PUT",
                    "/api/advices/{id}/letter",
                    f -> "/api/advices/" + f.advice + "/letter",
                    f -> Map.of("closing", "Tot slot."),
                    COLLEGE),
            rule("GET", "/api/advices/{id}/letter.html", f -> "/api/advices/" + f.advice + "/letter.html", COLLEGE),
            rule("GET", "/api/advices/{id}/letter.pdf", f -> "/api/advices/" + f.advice + "/letter.pdf", COLLEGE),
            rule("GET", "/api/advices/{id}/letter.docx", f -> "/api/advices/" + f.advice + "/letter.docx", COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/letter/versions",
                    f -> "/api/advices/" + f.advice + "/letter/versions",
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/versions",
                    f -> "/api/advices/" + f.advice + "/letter/versions",
                    f -> Map.of(),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/letter/versions/{number}.pdf",
                    f -> "/api/advices/" + f.advice + "/letter/versions/1.pdf",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/letter/versions/{number}.docx",
                    f -> "/api/advices/" + f.advice + "/letter/versions/1.docx",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/letter/versions/{number}.html",
                    f -> "/api/advices/" + f.advice + "/letter/versions/1.html",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/letter/versions/{from}/diff/{to}",
                    f -> "/api/advices/" + f.advice + "/letter/versions/1/diff/1",
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/finalize",
                    f -> "/api/advices/" + f.advice + "/letter/finalize",
                    f -> Map.of("ourReference", "K-1", "date", "2024-05-01"),
                    EnumSet.of(MANAGER)),
            rule("GET", "/api/advices/{id}/letter/route", f -> "/api/advices/" + f.advice + "/letter/route", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/check",
                    f -> "/api/advices/" + f.advice + "/letter/check",
                    f -> Map.of(),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/send-back",
                    f -> "/api/advices/" + f.advice + "/letter/send-back",
                    f -> Map.of("comment", "Punt 2 moet korter"),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/decision",
                    f -> "/api/advices/" + f.advice + "/letter/decision",
                    f -> Map.of("kind", "COLLEGE", "number", "B&W 1", "decidedOn", "2024-05-02"),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/letter/sending",
                    f -> "/api/advices/" + f.advice + "/letter/sending",
                    f -> Map.of("sentOn", "2024-05-03", "means", "POST"),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/organisation/workflow",
                    f -> "/api/organisation/workflow",
                    EnumSet.of(STAFF, MANAGER, ADMIN)),
            rule(
                    "PUT",
                    "/api/organisation/workflow",
                    f -> "/api/organisation/workflow",
                    f -> Map.of(
                            "checkRequired",
                            true,
                            "approverRole",
                            "MANAGER",
                            "collegeDecisionRequired",
                            true,
                            "responseReviewRequired",
                            true,
                            "version",
                            0),
                    EnumSet.of(ADMIN)),
            rule("GET", "/api/advices/{id}/corrections", f -> "/api/advices/" + f.advice + "/corrections", COLLEGE),
            rule("GET", "/api/advices/{id}/assignments", f -> "/api/advices/" + f.advice + "/assignments", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/assignments",
                    f -> "/api/advices/" + f.advice + "/assignments",
                    f -> Map.of("pointIds", List.of(f.point), "assigneeUserId", f.user, "internalDueOn", "2024-03-01"),
                    COLLEGE),
            rule(
                    "PUT",
                    "/api/advices/{id}/lead",
                    f -> "/api/advices/" + f.advice + "/lead",
                    f -> Map.of("leadUserId", f.user),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/responses/{responseId}/review/ask",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response + "/review/ask",
                    f -> Map.of(),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/responses/{responseId}/review/approve",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response + "/review/approve",
                    f -> Map.of(),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/responses/{responseId}/review/send-back",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response + "/review/send-back",
                    f -> Map.of("comment", "Korter graag"),
                    COLLEGE),
            rule("GET", "/api/me/work", f -> "/api/me/work", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/corrections",
                    f -> "/api/advices/" + f.advice + "/corrections",
                    f -> Map.of("responseId", f.response, "kind", "SUPPLEMENT", "text", "Ook dit.", "why", "Vergeten"),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/supplement.html",
                    f -> "/api/advices/" + f.advice + "/supplement.html",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/supplement.pdf",
                    f -> "/api/advices/" + f.advice + "/supplement.pdf",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/supplement.docx",
                    f -> "/api/advices/" + f.advice + "/supplement.docx",
                    COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/supplement/finalize",
                    f -> "/api/advices/" + f.advice + "/supplement/finalize",
                    f -> Map.of("ourReference", "K-2", "date", "2024-05-02"),
                    EnumSet.of(MANAGER)),
            rule("GET", "/api/followups", f -> "/api/followups", COLLEGE),
            rule(
                    "POST",
                    "/api/followups",
                    f -> "/api/followups",
                    f -> Map.of("responseId", f.response, "description", "Doen", "owner", "DMO"),
                    COLLEGE),
            rule("GET", "/api/followups/{id}", f -> "/api/followups/" + f.followUp, COLLEGE),
            rule(
                    "PUT",
                    "/api/followups/{id}",
                    f -> "/api/followups/" + f.followUp,
                    f -> Map.of("responseId", f.response, "description", "Doen", "owner", "DMO", "version", 0),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/notes",
                    f -> "/api/followups/" + f.followUp + "/notes",
                    f -> Map.of("text", "Voortgang"),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/intake",
                    f -> "/api/intake",
                    f -> "1. Eerste punt.\n\n2. Tweede punt.",
                    EnumSet.of(MEMBER, OTHER_MEMBER, STAFF, MANAGER)),
            rule("GET", "/api/users", f -> "/api/users", EnumSet.of(ADMIN)),
            rule(
                    "POST",
                    "/api/users",
                    f -> "/api/users",
                    f -> Map.of(
                            "username",
                            "nieuw" + f.unique,
                            "name",
                            "Nieuw",
                            "email",
                            "n@example.org",
                            "role",
                            "STAFF",
                            "password",
                            "lang-genoeg"),
                    EnumSet.of(ADMIN)),
            rule("GET", "/api/users/{id}", f -> "/api/users/" + f.user, EnumSet.of(ADMIN)),
            rule(
                    "PUT",
                    "/api/users/{id}",
                    f -> "/api/users/" + f.user,
                    f -> Map.of(
                            "username",
                            "u" + f.unique,
                            "name",
                            "U",
                            "email",
                            "u@example.org",
                            "role",
                            "STAFF",
                            "version",
                            0),
                    EnumSet.of(ADMIN)),
            rule("GET", "/api/users/{id}/tokens", f -> "/api/users/" + f.user + "/tokens", EnumSet.of(ADMIN)),
            rule(
                    "POST",
                    "/api/users/{id}/tokens",
                    f -> "/api/users/" + f.user + "/tokens",
                    f -> Map.of("name", "script"),
                    EnumSet.of(ADMIN)),
            rule("DELETE", "/api/tokens/{tokenId}", f -> "/api/tokens/" + f.token, EnumSet.of(ADMIN)),

            // organisations (issue 14): an admin its own settings, the super-admin the organisations
            rule("GET", "/api/organisation", f -> "/api/organisation", EnumSet.of(ADMIN)),
            rule(
                    "PUT",
                    "/api/organisation",
                    f -> "/api/organisation",
                    // a stale version: allowed through, refused with 409, nothing changed
                    f -> Map.of("name", "Gemeente Groningen", "collegeName", "college", "version", 999999),
                    EnumSet.of(ADMIN)),
            rule("GET", "/api/organisations", f -> "/api/organisations", EnumSet.of(SUPERADMIN)),
            rule(
                    "POST",
                    "/api/organisations",
                    f -> "/api/organisations",
                    f -> Map.of(
                            "name",
                            "Gemeente " + f.unique,
                            "slug",
                            "g" + f.unique,
                            "collegeName",
                            "college",
                            "admin",
                            Map.of(
                                    "username",
                                    "beheer" + f.unique,
                                    "name",
                                    "Beheer",
                                    "email",
                                    "b@example.org",
                                    "password",
                                    "lang-genoeg")),
                    EnumSet.of(SUPERADMIN)),
            rule("GET", "/api/advices/{id}/publication", f -> "/api/advices/" + f.advice + "/publication", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/publication",
                    f -> "/api/advices/" + f.advice + "/publication",
                    f -> Map.of(),
                    COLLEGE),
            rule("DELETE", "/api/advices/{id}/publication", f -> "/api/advices/" + f.advice + "/publication", COLLEGE),
            rule("GET", "/api/public/advices", f -> "/api/public/advices", EVERYONE),
            rule("GET", "/api/search", f -> "/api/search?q=armoede", MEMBERS_AND_COLLEGE),
            rule("GET", "/search", f -> "/search?q=armoede", MEMBERS_AND_COLLEGE),

            // deadlines, requests, reminders, reports, exports, calendar (issue 7). Requests use an id that does
            // not exist: these rows check the role layer; AdviceRequestIT checks members see only their body's.
            rule(
                    "GET",
                    "/api/advices/{id}/due-date-extensions",
                    f -> "/api/advices/" + f.advice + "/due-date-extensions",
                    READERS_OF_ADVICE),
            rule(
                    "POST",
                    "/api/advices/{id}/due-date-extensions",
                    f -> "/api/advices/" + f.advice + "/due-date-extensions",
                    f -> Map.of("length", 1, "unit", "WEEKS", "reason", "Later", "version", 0),
                    COLLEGE),
            rule("GET", "/api/requests", f -> "/api/requests", MEMBERS_AND_COLLEGE),
            rule("POST", "/api/requests", f -> "/api/requests", f -> Map.of(), COLLEGE),
            rule("GET", "/api/requests/{id}", f -> "/api/requests/999999", MEMBERS_AND_COLLEGE),
            rule("PUT", "/api/requests/{id}", f -> "/api/requests/999999", f -> Map.of(), COLLEGE),
            rule(
                    "POST",
                    "/api/requests/{id}/withdraw",
                    f -> "/api/requests/999999/withdraw",
                    f -> Map.of("reason", "x"),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/requests/{id}/answer",
                    f -> "/api/requests/999999/answer",
                    f -> Map.of("adviceId", f.advice),
                    MEMBERS_AND_COLLEGE),
            rule("GET", "/api/requests/{id}/document", f -> "/api/requests/999999/document", MEMBERS_AND_COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/transitions",
                    f -> "/api/followups/" + f.followUp + "/transitions",
                    f -> Map.of("to", "IN_PROGRESS", "version", 0),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/evidence",
                    f -> "/api/followups/" + f.followUp + "/evidence",
                    f -> Map.of("kind", "LINK", "url", "https://example.org", "description", "Raadsbesluit"),
                    COLLEGE),
            rule("GET", "/api/followups/{id}/milestones", f -> "/api/followups/" + f.followUp + "/milestones", COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/milestones",
                    f -> "/api/followups/" + f.followUp + "/milestones",
                    f -> Map.of("description", "Wijkteam gestart", "plannedOn", "2027-01-01"),
                    COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/milestones/{milestoneId}/reached",
                    f -> "/api/followups/" + f.followUp + "/milestones/999999/reached",
                    f -> Map.of(),
                    COLLEGE),
            rule(
                    "PUT",
                    "/api/followups/{id}/evidence/{evidenceId}/public",
                    f -> "/api/followups/" + f.followUp + "/evidence/999999/public",
                    f -> Map.of("shownInPublic", true),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/followups/{id}/evidence/{evidenceId}/document",
                    f -> "/api/followups/" + f.followUp + "/evidence/999999/document",
                    COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/body-informed",
                    f -> "/api/followups/" + f.followUp + "/body-informed",
                    f -> Map.of("means", "EMAIL"),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/followups/{id}/letter-preview.pdf",
                    f -> "/api/followups/" + f.followUp + "/letter-preview.pdf",
                    COLLEGE),
            rule(
                    "POST",
                    "/api/followups/{id}/letter",
                    f -> "/api/followups/" + f.followUp + "/letter",
                    f -> Map.of(),
                    COLLEGE),
            rule("GET", "/api/followups/{id}/letter.pdf", f -> "/api/followups/" + f.followUp + "/letter.pdf", COLLEGE),
            rule("GET", "/api/deadlines", f -> "/api/deadlines", COLLEGE),
            rule("GET", "/api/reports", f -> "/api/reports?groupBy=body", EnumSet.of(MANAGER)),
            rule(
                    "POST",
                    "/api/reminders/daily",
                    f -> "/api/reminders/daily",
                    f -> Map.of(),
                    EnumSet.of(MANAGER, ADMIN)),
            rule(
                    "POST",
                    "/api/reminders/weekly",
                    f -> "/api/reminders/weekly",
                    f -> Map.of(),
                    EnumSet.of(MANAGER, ADMIN)),
            rule("GET", "/api/reminders/sent", f -> "/api/reminders/sent", EnumSet.of(MANAGER, ADMIN)),
            rule("GET", "/api/owner-addresses", f -> "/api/owner-addresses", EnumSet.of(MANAGER, ADMIN)),
            rule(
                    "POST",
                    "/api/owner-addresses",
                    f -> "/api/owner-addresses",
                    f -> Map.of("owner", "DMO " + f.unique, "email", "dmo@example.org"),
                    EnumSet.of(MANAGER, ADMIN)),
            rule("DELETE", "/api/owner-addresses/{id}", f -> "/api/owner-addresses/999999", EnumSet.of(MANAGER, ADMIN)),
            rule("GET", "/api/followups.csv", f -> "/api/followups.csv", COLLEGE),
            rule("GET", "/api/followups.xlsx", f -> "/api/followups.xlsx", COLLEGE),
            rule("GET", "/api/advices.csv", f -> "/api/advices.csv", COLLEGE),
            rule("GET", "/api/advices.xlsx", f -> "/api/advices.xlsx", COLLEGE),
            rule("GET", "/api/points.csv", f -> "/api/points.csv", COLLEGE),
            rule("GET", "/api/import/template.csv", f -> "/api/import/template.csv", COLLEGE),
            rule("GET", "/api/import/template.xlsx", f -> "/api/import/template.xlsx", COLLEGE),
            // without a file: 400 for staff, past authorization; the dry run stores nothing either way
            rule(
                    "POST",
                    "/api/import/advices",
                    f -> "/api/import/advices?dryRun=true",
                    f -> new Multipart(Map.of("note", "geen bestand")),
                    COLLEGE),
            rule("GET", "/import", f -> "/import", COLLEGE),
            rule("POST", "/import", f -> "/import", f -> new Multipart(Map.of("note", "geen bestand")), COLLEGE),
            rule("POST", "/import/run", f -> "/import/run", f -> new Multipart(Map.of("content", "")), COLLEGE),
            // the feed is for staff and members; an admin has no due dates (CalendarApi answers 403)
            rule("GET", "/calendar.ics", f -> "/calendar.ics", MEMBERS_AND_COLLEGE),
            rule("POST", "/api/me/calendar-token", f -> "/api/me/calendar-token", f -> Map.of(), MEMBERS_AND_COLLEGE),
            rule("DELETE", "/api/me/calendar-token", f -> "/api/me/calendar-token", MEMBERS_AND_COLLEGE),
            rule("GET", "/dashboard/reports", f -> "/dashboard/reports", EnumSet.of(MANAGER)),
            // the charts of the dashboard and reports, as SVG images: for whoever sees those pages
            rule("GET", "/dashboard/charts/advices.svg", f -> "/dashboard/charts/advices.svg", EnumSet.of(MANAGER)),
            rule("GET", "/dashboard/charts/on-time.svg", f -> "/dashboard/charts/on-time.svg", EnumSet.of(MANAGER)),
            rule(
                    "GET",
                    "/dashboard/charts/median-days.svg",
                    f -> "/dashboard/charts/median-days.svg?year=2024",
                    EnumSet.of(MANAGER)),
            rule(
                    "GET",
                    "/dashboard/charts/stances.svg",
                    f -> "/dashboard/charts/stances.svg?groupBy=body",
                    EnumSet.of(MANAGER)),
            rule(
                    "GET",
                    "/dashboard/charts/followup-ages.svg",
                    f -> "/dashboard/charts/followup-ages.svg",
                    EnumSet.of(MANAGER)),
            rule("GET", "/calendar-link", f -> "/calendar-link", MEMBERS_AND_COLLEGE),
            form("/calendar-link", f -> "/calendar-link", Map.of(), MEMBERS_AND_COLLEGE),
            // without bevestigd=ja: the confirmation page, nothing revoked
            form("/calendar-link/revoke", f -> "/calendar-link/revoke", Map.of(), MEMBERS_AND_COLLEGE),
            rule("GET", "/requests", f -> "/requests", MEMBERS_AND_COLLEGE),
            rule("GET", "/requests/{id}", f -> "/requests/999999", MEMBERS_AND_COLLEGE),
            rule(
                    "POST",
                    "/requests",
                    f -> "/requests",
                    f -> new Multipart(Map.of("subject", "Vraag", "question", "Wat vindt u?")),
                    COLLEGE),
            form(
                    "/requests/{id}/answer",
                    f -> "/requests/999999/answer",
                    f -> Map.of("adviceId", String.valueOf(f.advice)),
                    MEMBERS_AND_COLLEGE),

            // administration screens (issue 14): the organisation's admin; organisations: the super-admin
            rule("GET", "/admin/workflow", f -> "/admin/workflow", EnumSet.of(ADMIN)),
            form(
                    "/admin/workflow",
                    f -> "/admin/workflow",
                    Map.of(
                            "approverRole",
                            "MANAGER",
                            "checkRequired",
                            "ja",
                            "collegeDecisionRequired",
                            "ja",
                            "version",
                            "0"),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/bodies", f -> "/admin/bodies", EnumSet.of(ADMIN)),
            rule("GET", "/admin/bodies/new", f -> "/admin/bodies/new", EnumSet.of(ADMIN)),
            form(
                    "/admin/bodies",
                    f -> "/admin/bodies",
                    f -> Map.of(
                            "name",
                            "Scherm " + f.unique,
                            "shortName",
                            "S" + f.unique,
                            "responseTermLength",
                            "6",
                            "responseTermUnit",
                            "WEEKS"),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/bodies/{id}", f -> "/admin/bodies/" + f.body, EnumSet.of(ADMIN)),
            form(
                    "/admin/bodies/{id}",
                    f -> "/admin/bodies/" + f.body,
                    f -> Map.of(
                            "name",
                            "Hernoemd " + f.unique,
                            "shortName",
                            "H" + f.unique,
                            "responseTermLength",
                            "4",
                            "responseTermUnit",
                            "WEEKS",
                            "version",
                            "0"),
                    EnumSet.of(ADMIN)),
            form(
                    "/admin/bodies/{id}/dissolve",
                    f -> "/admin/bodies/" + f.body + "/dissolve",
                    Map.of(),
                    EnumSet.of(ADMIN)),
            form("/admin/bodies/{id}/reopen", f -> "/admin/bodies/" + f.body + "/reopen", Map.of(), EnumSet.of(ADMIN)),
            form(
                    "/admin/bodies/{id}/project-groups",
                    f -> "/admin/bodies/" + f.body + "/project-groups",
                    f -> Map.of("name", "Groep " + f.unique),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/tokens", f -> "/admin/tokens", EnumSet.of(ADMIN)),
            form(
                    "/admin/tokens",
                    f -> "/admin/tokens",
                    f -> Map.of("userId", String.valueOf(f.user), "name", "koppeling"),
                    EnumSet.of(ADMIN)),
            form("/admin/tokens/{id}/revoke", f -> "/admin/tokens/" + f.token + "/revoke", Map.of(), EnumSet.of(ADMIN)),
            rule("GET", "/admin/owners", f -> "/admin/owners", EnumSet.of(ADMIN)),
            form(
                    "/admin/owners",
                    f -> "/admin/owners",
                    f -> Map.of("owner", "Afdeling " + f.unique, "email", "afdeling@example.org"),
                    EnumSet.of(ADMIN)),
            form(
                    "/admin/owners/{id}/delete",
                    f -> "/admin/owners/" + f.ownerAddress + "/delete",
                    Map.of(),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/mail-log", f -> "/admin/mail-log", EnumSet.of(ADMIN)),
            rule("GET", "/admin/history", f -> "/admin/history", EnumSet.of(ADMIN)),
            rule("GET", "/admin/organisations", f -> "/admin/organisations", EnumSet.of(SUPERADMIN)),
            form(
                    "/admin/organisations",
                    f -> "/admin/organisations",
                    f -> Map.of(
                            "name",
                            "Gemeente Scherm " + f.unique,
                            "slug",
                            "scherm-" + f.unique,
                            "collegeName",
                            "college",
                            "username",
                            "scherm-beheer-" + f.unique,
                            "adminName",
                            "Beheer",
                            "email",
                            "b@example.org",
                            "password",
                            "lang-genoeg"),
                    EnumSet.of(SUPERADMIN)),

            // screens
            rule("GET", "/", f -> "/", EVERYONE),
            rule("GET", "/public", f -> "/public", EVERYONE),
            rule("GET", "/public/advices/{id}", f -> "/public/advices/" + f.advice, EVERYONE),
            rule("GET", "/feed.atom", f -> "/feed.atom", EVERYONE),
            rule("GET", "/advices", f -> "/advices", EnumSet.of(MEMBER, OTHER_MEMBER, STAFF, MANAGER)),
            rule("GET", "/advices/new", f -> "/advices/new", EnumSet.of(MEMBER, OTHER_MEMBER)),
            form(
                    "/advices",
                    f -> "/advices",
                    Map.of("subject", "Nieuw advies", "kind", "UNSOLICITED", "receivedOn", "2024-03-01"),
                    EnumSet.of(MEMBER, OTHER_MEMBER)),
            rule("GET", "/advices/{id}", f -> "/advices/" + f.advice, READERS_OF_ADVICE),
            rule("GET", "/advices/intake", f -> "/advices/intake", EnumSet.of(MEMBER, OTHER_MEMBER)),
            rule(
                    "POST",
                    "/advices/intake",
                    f -> "/advices/intake",
                    f -> new Multipart(Map.of("text", "1. Eerste punt.\n\n2. Tweede punt.")),
                    EnumSet.of(MEMBER, OTHER_MEMBER)),
            form(
                    "/advices/intake/review",
                    f -> "/advices/intake/review",
                    Map.of(
                            "subject",
                            "Ingelezen",
                            "adviceKind",
                            "UNSOLICITED",
                            "receivedOn",
                            "2024-03-01",
                            "count",
                            "1",
                            "label-0",
                            "1",
                            "text-0",
                            "Tekst",
                            "kind-0",
                            "RECOMMENDATION",
                            "action",
                            "save"),
                    EnumSet.of(MEMBER, OTHER_MEMBER)),
            rule("GET", "/advices/{id}/document", f -> "/advices/" + f.advice + "/document", READERS_OF_ADVICE),
            rule("GET", "/api/advices/{id}/document", f -> "/api/advices/" + f.advice + "/document", READERS_OF_ADVICE),
            rule("GET", "/advices/{id}/documents", f -> "/advices/" + f.advice + "/documents", READERS_OF_ADVICE),
            rule(
                    "POST",
                    "/advices/{id}/documents",
                    f -> "/advices/" + f.advice + "/documents",
                    f -> new Multipart(Map.of("kind", "OTHER")),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/advices/{id}/documents",
                    f -> "/api/advices/" + f.advice + "/documents",
                    READERS_OF_ADVICE),
            rule(
                    "GET",
                    "/api/advices/{id}/documents/{documentId}",
                    f -> "/api/advices/" + f.advice + "/documents/0",
                    READERS_OF_ADVICE),
            rule(
                    "POST",
                    "/api/advices/{id}/documents",
                    f -> "/api/advices/" + f.advice + "/documents",
                    f -> Map.of(
                            "kind",
                            "OTHER",
                            "fileName",
                            "notulen.txt",
                            "contentBase64",
                            "Tm90dWxlbiB2YW4gaGV0IG92ZXJsZWc="),
                    COLLEGE),
            rule("GET", "/advices/{id}/edit", f -> "/advices/" + f.draft + "/edit", AUTHOR),
            form(
                    "/advices/{id}/edit",
                    f -> "/advices/" + f.draft + "/edit",
                    Map.of("subject", "Gewijzigd", "kind", "UNSOLICITED", "receivedOn", "2024-03-01", "version", "0"),
                    AUTHOR),
            form(
                    "/advices/{id}/points",
                    f -> "/advices/" + f.draft + "/points",
                    Map.of("label", "9", "text", "Nieuw", "kind", "REQUEST"),
                    AUTHOR),
            rule(
                    "GET",
                    "/advices/{id}/points/{pointId}/edit",
                    f -> "/advices/" + f.draft + "/points/" + f.draftPoint + "/edit",
                    AUTHOR),
            form(
                    "/advices/{id}/points/{pointId}",
                    f -> "/advices/" + f.draft + "/points/" + f.draftPoint,
                    Map.of("label", "1", "text", "Anders", "kind", "REQUEST", "version", "0"),
                    AUTHOR),
            form(
                    "/advices/{id}/points/{pointId}/up",
                    f -> "/advices/" + f.draft + "/points/" + f.draftPoint + "/up",
                    Map.of(),
                    AUTHOR),
            form(
                    "/advices/{id}/points/{pointId}/down",
                    f -> "/advices/" + f.draft + "/points/" + f.draftPoint + "/down",
                    Map.of(),
                    AUTHOR),
            form(
                    "/advices/{id}/points/{pointId}/delete",
                    f -> "/advices/" + f.draft + "/points/" + f.draftPoint + "/delete",
                    Map.of(),
                    AUTHOR),
            form("/advices/{id}/submit", f -> "/advices/" + f.draft + "/submit", Map.of(), AUTHOR),
            form("/advices/{id}/delete", f -> "/advices/" + f.draft + "/delete", Map.of(), AUTHOR),
            form(
                    "/advices/{id}/responses",
                    f -> "/advices/" + f.advice + "/responses",
                    f -> Map.of("pointIds", String.valueOf(f.point2), "stance", "ADOPTED", "text", "Ja."),
                    COLLEGE),
            rule(
                    "GET",
                    "/advices/{id}/responses/{responseId}",
                    f -> "/advices/" + f.advice + "/responses/" + f.response,
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}",
                    f -> "/advices/" + f.advice + "/responses/" + f.response,
                    f -> Map.of(
                            "pointIds", String.valueOf(f.point), "stance", "ADOPTED", "text", "Ja!", "version", "0"),
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/delete",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/delete",
                    Map.of(),
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/followups",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/followups",
                    Map.of("description", "Doen", "owner", "DMO"),
                    COLLEGE),
            form("/advices/{id}/publication", f -> "/advices/" + f.advice + "/publication", Map.of(), COLLEGE),
            form(
                    "/advices/{id}/publication/withdraw",
                    f -> "/advices/" + f.advice + "/publication/withdraw",
                    Map.of(),
                    COLLEGE),
            rule("GET", "/advices/{id}/letter", f -> "/advices/" + f.advice + "/letter", COLLEGE),
            form(
                    "/advices/{id}/letter",
                    f -> "/advices/" + f.advice + "/letter",
                    Map.of("closing", "Tot slot.", "version", ""),
                    COLLEGE),
            form("/advices/{id}/letter/versions", f -> "/advices/" + f.advice + "/letter/versions", Map.of(), COLLEGE),
            form(
                    "/advices/{id}/letter/finalize",
                    f -> "/advices/" + f.advice + "/letter/finalize",
                    Map.of("ourReference", "K-1", "date", "2024-05-01"),
                    EnumSet.of(MANAGER)),
            rule("GET", "/advices/{id}/letter/route", f -> "/advices/" + f.advice + "/letter/route", COLLEGE),
            form("/advices/{id}/letter/check", f -> "/advices/" + f.advice + "/letter/check", Map.of(), COLLEGE),
            form(
                    "/advices/{id}/letter/send-back",
                    f -> "/advices/" + f.advice + "/letter/send-back",
                    Map.of("comment", "Punt 2 moet korter"),
                    COLLEGE),
            form(
                    "/advices/{id}/letter/decision",
                    f -> "/advices/" + f.advice + "/letter/decision",
                    Map.of("kind", "COLLEGE", "number", "B&W 1", "decidedOn", "2024-05-02"),
                    COLLEGE),
            form(
                    "/advices/{id}/letter/sending",
                    f -> "/advices/" + f.advice + "/letter/sending",
                    Map.of("sentOn", "2024-05-03", "means", "POST"),
                    COLLEGE),
            rule("GET", "/advices/{id}/letter/preview", f -> "/advices/" + f.advice + "/letter/preview", COLLEGE),
            rule(
                    "GET",
                    "/advices/{id}/letter/pages/{number}.png",
                    f -> "/advices/" + f.advice + "/letter/pages/1.png",
                    COLLEGE),
            rule(
                    "GET",
                    "/advices/{id}/responses/{responseId}/correction",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/correction",
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/correction",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/correction",
                    Map.of("kind", "SUPPLEMENT", "text", "Ook dit.", "why", "Vergeten"),
                    COLLEGE),
            rule("GET", "/advices/{id}/letter/supplement", f -> "/advices/" + f.advice + "/letter/supplement", COLLEGE),
            rule("GET", "/admin/letterhead", f -> "/admin/letterhead", EnumSet.of(ADMIN)),
            form(
                    "/admin/letterhead",
                    f -> "/admin/letterhead",
                    Map.of("name", "", "collegeName", "", "version", "0"),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/letter-templates", f -> "/admin/letter-templates", EnumSet.of(ADMIN)),
            form(
                    "/admin/letter-templates/{bodyId}",
                    f -> "/admin/letter-templates/" + f.body,
                    Map.of("variant", "", "version", "0"),
                    EnumSet.of(ADMIN)),
            form(
                    "/advices/{id}/letter/supplement/finalize",
                    f -> "/advices/" + f.advice + "/letter/supplement/finalize",
                    Map.of("ourReference", "K-2", "date", "2024-05-02"),
                    EnumSet.of(MANAGER)),
            // internal notes and notifications (issue 18b): staff only, never the body
            rule("GET", "/api/advices/{id}/notes", f -> "/api/advices/" + f.advice + "/notes", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/notes",
                    f -> "/api/advices/" + f.advice + "/notes",
                    f -> Map.of("text", "Intern."),
                    COLLEGE),
            rule(
                    "PUT",
                    "/api/advices/{id}/notes/{noteId}",
                    f -> "/api/advices/" + f.advice + "/notes/999999",
                    f -> Map.of("text", "Anders.", "version", 0),
                    COLLEGE),
            rule(
                    "DELETE",
                    "/api/advices/{id}/notes/{noteId}",
                    f -> "/api/advices/" + f.advice + "/notes/999999",
                    COLLEGE),
            form(
                    "/advices/{id}/notities",
                    f -> "/advices/" + f.advice + "/notities",
                    Map.of("text", "Intern."),
                    COLLEGE),
            form(
                    "/advices/{id}/notities/{noteId}",
                    f -> "/advices/" + f.advice + "/notities/999999",
                    Map.of("text", "Anders.", "version", "0"),
                    COLLEGE),
            form(
                    "/advices/{id}/notities/{noteId}/verwijderen",
                    f -> "/advices/" + f.advice + "/notities/999999/verwijderen",
                    Map.of(),
                    COLLEGE),
            rule("GET", "/meldingen", f -> "/meldingen", COLLEGE),
            form("/meldingen/{id}", f -> "/meldingen/999999", Map.of(), COLLEGE),
            form("/meldingen/gelezen", f -> "/meldingen/gelezen", Map.of(), COLLEGE),
            rule("GET", "/account/meldingen", f -> "/account/meldingen", COLLEGE),
            form("/account/meldingen", f -> "/account/meldingen", Map.of("MENTIONED", "DIGEST"), COLLEGE),
            rule("GET", "/followups", f -> "/followups", COLLEGE),
            rule("GET", "/followups/{id}", f -> "/followups/" + f.followUp, COLLEGE),
            rule("GET", "/followups/{id}/milestones", f -> "/followups/" + f.followUp + "/milestones", COLLEGE),
            form(
                    "/followups/{id}/milestones",
                    f -> "/followups/" + f.followUp + "/milestones",
                    Map.of("description", "Wijkteam gestart", "plannedOn", "2027-01-01"),
                    COLLEGE),
            form(
                    "/followups/{id}/milestones/{milestoneId}/reached",
                    f -> "/followups/" + f.followUp + "/milestones/999999/reached",
                    Map.of(),
                    COLLEGE),
            form(
                    "/followups/{id}/milestones/evidence/{evidenceId}",
                    f -> "/followups/" + f.followUp + "/milestones/evidence/999999",
                    Map.of("shown", "ja"),
                    COLLEGE),
            form(
                    "/followups/{id}",
                    f -> "/followups/" + f.followUp,
                    Map.of("description", "Doen", "owner", "DMO", "status", "IN_PROGRESS", "version", "0"),
                    COLLEGE),
            form(
                    "/followups/{id}/notes",
                    f -> "/followups/" + f.followUp + "/notes",
                    Map.of("text", "Voortgang"),
                    COLLEGE),
            rule("GET", "/dashboard", f -> "/dashboard", EnumSet.of(MANAGER)),
            // the body's verdicts: the fixture's advice is received, not sent, so its members may not read
            // them yet (403) and a member's verdict is refused as too early (409, past authorization)
            rule("GET", "/api/advices/{id}/verdicts", f -> "/api/advices/" + f.advice + "/verdicts", COLLEGE),
            rule(
                    "POST",
                    "/api/advices/{id}/responses/{responseId}/verdicts",
                    f -> "/api/advices/" + f.advice + "/responses/" + f.response + "/verdicts",
                    f -> Map.of("judgement", "SATISFIED", "explanation", "Goed."),
                    AUTHOR),
            rule(
                    "GET",
                    "/api/bodies/{id}/verdict-visibility",
                    f -> "/api/bodies/" + f.body + "/verdict-visibility",
                    EnumSet.of(MEMBER, STAFF, MANAGER)),
            rule(
                    "PUT",
                    "/api/bodies/{id}/verdict-visibility",
                    f -> "/api/bodies/" + f.body + "/verdict-visibility",
                    f -> Map.of("verdictsPublic", true),
                    AUTHOR),
            rule("GET", "/api/reports/verdicts", f -> "/api/reports/verdicts", COLLEGE),
            rule("GET", "/advices/{id}/verdicts", f -> "/advices/" + f.advice + "/verdicts", COLLEGE),
            // the verdict form answers as the API does: a member's verdict before the letter is sent (the
            // fixture's advice) is refused as too early (409, past authorization), with the same reason
            form(
                    "/advices/{id}/responses/{responseId}/verdict",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/verdict",
                    Map.of("judgement", "SATISFIED", "explanation", "Goed.", "replaces", ""),
                    AUTHOR),
            form(
                    "/advices/{id}/verdicts/visibility",
                    f -> "/advices/" + f.advice + "/verdicts/visibility",
                    Map.of("verdictsPublic", "true"),
                    AUTHOR),
            rule("GET", "/reports/verdicts", f -> "/reports/verdicts", COLLEGE),
            // repeated advice: hints for whoever reads the advice, decisions by staff
            rule("GET", "/api/advices/{id}/repeats", f -> "/api/advices/" + f.advice + "/repeats", READERS_OF_ADVICE),
            rule(
                    "POST",
                    "/api/advices/{id}/repeats/decisions",
                    f -> "/api/advices/" + f.advice + "/repeats/decisions",
                    f -> Map.of("pointId", f.point, "earlierPointId", f.point2, "decision", "CONFIRMED"),
                    COLLEGE),
            form(
                    "/advices/{id}/repeats",
                    f -> "/advices/" + f.advice + "/repeats",
                    f -> Map.of(
                            "pointId",
                            String.valueOf(f.point),
                            "earlierPointId",
                            String.valueOf(f.point2),
                            "decision",
                            "CONFIRMED"),
                    COLLEGE),
            rule("GET", "/api/reports/moved-dates", f -> "/api/reports/moved-dates", COLLEGE),
            // the report to the council and the open data: staff and managers; members and the public never
            rule("GET", "/api/reports/council", f -> "/api/reports/council?bodyId=" + f.body + "&year=2024", COLLEGE),
            rule(
                    "GET",
                    "/api/reports/council.pdf",
                    f -> "/api/reports/council.pdf?bodyId=" + f.body + "&year=2024",
                    COLLEGE),
            rule(
                    "GET",
                    "/api/reports/council.docx",
                    f -> "/api/reports/council.docx?bodyId=" + f.body + "&term=2022-2026",
                    COLLEGE),
            rule(
                    "PUT",
                    "/api/reports/council/introduction",
                    f -> "/api/reports/council/introduction",
                    f -> Map.of("bodyId", f.body, "year", 2024, "text", "Inleiding."),
                    COLLEGE),
            rule(
                    "GET",
                    "/api/open-data/advices.json",
                    f -> "/api/open-data/advices.json?bodyId=" + f.body + "&year=2024",
                    COLLEGE),
            rule("GET", "/api/open-data/advices.csv", f -> "/api/open-data/advices.csv?year=2024", COLLEGE),
            rule("GET", "/reports/council", f -> "/reports/council?adviesorgaan=" + f.body + "&jaar=2024", COLLEGE),
            form(
                    "/reports/council/introduction",
                    f -> "/reports/council/introduction",
                    f -> Map.of("adviesorgaan", String.valueOf(f.body), "jaar", "2024", "inleiding", "Inleiding."),
                    COLLEGE),
            // blank or incomplete forms: allowed users get the form back with its messages, nothing changes
            rule(
                    "POST",
                    "/followups/{id}/evidence",
                    f -> "/followups/" + f.followUp + "/evidence",
                    f -> new Multipart(Map.of("kind", "", "description", "")),
                    COLLEGE),
            form(
                    "/followups/{id}/informed",
                    f -> "/followups/" + f.followUp + "/informed",
                    Map.of("means", ""),
                    COLLEGE),
            // the fixture's follow-up is open: the letter pages answer 409 to staff, the body cannot be told yet
            rule("GET", "/followups/{id}/letter", f -> "/followups/" + f.followUp + "/letter", COLLEGE),
            form("/followups/{id}/letter", f -> "/followups/" + f.followUp + "/letter", Map.of("text", ""), COLLEGE),
            form(
                    "/followups/{id}/letter/voorbeeld",
                    f -> "/followups/" + f.followUp + "/letter/voorbeeld",
                    Map.of("text", ""),
                    COLLEGE),
            rule("GET", "/advices/{id}/termijn", f -> "/advices/" + f.advice + "/termijn", READERS_OF_ADVICE),
            rule("GET", "/advices/{id}/behandeling", f -> "/advices/" + f.advice + "/behandeling", COLLEGE),
            // who does what, and the review of a response (a fresh fixture's response is a draft nobody wrote)
            rule("GET", "/advices/{id}/toewijzing", f -> "/advices/" + f.advice + "/toewijzing", COLLEGE),
            form(
                    "/advices/{id}/toewijzing",
                    f -> "/advices/" + f.advice + "/toewijzing",
                    f -> Map.of(
                            "pointIds",
                            String.valueOf(f.point),
                            "assigneeUserId",
                            String.valueOf(f.user),
                            "internalDueOn",
                            "2024-03-01"),
                    COLLEGE),
            form(
                    "/advices/{id}/toewijzing/lead",
                    f -> "/advices/" + f.advice + "/toewijzing/lead",
                    f -> Map.of("leadUserId", String.valueOf(f.user)),
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/review/ask",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/review/ask",
                    Map.of(),
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/review/approve",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/review/approve",
                    Map.of(),
                    COLLEGE),
            form(
                    "/advices/{id}/responses/{responseId}/review/send-back",
                    f -> "/advices/" + f.advice + "/responses/" + f.response + "/review/send-back",
                    Map.of("comment", "Korter graag"),
                    COLLEGE),
            rule("GET", "/mijn-werk", f -> "/mijn-werk", COLLEGE),
            // a stale version: allowed through, refused as changed by someone else, nothing changed
            form(
                    "/advices/{id}/behandeling",
                    f -> "/advices/" + f.advice + "/behandeling",
                    Map.of("department", "DMO", "version", "999"),
                    COLLEGE),
            form(
                    "/advices/{id}/termijn",
                    f -> "/advices/" + f.advice + "/termijn",
                    Map.of("dueOn", "", "reason", ""),
                    COLLEGE),
            rule("GET", "/dashboard", f -> "/dashboard", EnumSet.of(MANAGER)),

            // accounts: the admin's users screen, and setting a password from a mailed link (anyone)
            rule("GET", "/admin/users", f -> "/admin/users", EnumSet.of(ADMIN)),
            form(
                    "/admin/users",
                    f -> "/admin/users",
                    f -> Map.of(
                            "username",
                            "genodigd" + f.unique,
                            "name",
                            "Genodigd",
                            "email",
                            "g@example.org",
                            "role",
                            "STAFF"),
                    EnumSet.of(ADMIN)),
            rule("GET", "/admin/users/{id}", f -> "/admin/users/" + f.user, EnumSet.of(ADMIN)),
            form(
                    "/admin/users/{id}",
                    f -> "/admin/users/" + f.user,
                    Map.of("name", "Doel", "email", "doel@example.org", "role", "STAFF", "version", "0"),
                    EnumSet.of(ADMIN)),
            form(
                    "/admin/users/{id}/deactivate",
                    f -> "/admin/users/" + f.user + "/deactivate",
                    Map.of(),
                    EnumSet.of(ADMIN)),
            form(
                    "/admin/users/{id}/reactivate",
                    f -> "/admin/users/" + f.user + "/reactivate",
                    Map.of(),
                    EnumSet.of(ADMIN)),
            form(
                    "/admin/users/{id}/invitation",
                    f -> "/admin/users/" + f.user + "/invitation",
                    Map.of(),
                    EnumSet.of(ADMIN)),
            rule("GET", "/password/forgot", f -> "/password/forgot", EVERYONE),
            form("/password/forgot", f -> "/password/forgot", Map.of("email", "niemand@example.org"), EVERYONE),
            rule("GET", "/password/set", f -> "/password/set?token=" + "x".repeat(43), EVERYONE),
            form(
                    "/password/set",
                    f -> "/password/set",
                    Map.of(
                            "token",
                            "x".repeat(43),
                            "password",
                            "een lang wachtwoord",
                            "confirmation",
                            "een lang wachtwoord"),
                    EVERYONE),
            // the second step of a login belongs to the half-done login in the browser's cookie, not to a
            // session: open to anyone, and without that cookie it answers that the attempt expired (410)
            rule("GET", "/login/code", f -> "/login/code", EVERYONE),
            form("/login/code", f -> "/login/code", Map.of("code", "000000"), EVERYONE),
            rule("GET", "/login/enrol", f -> "/login/enrol", EVERYONE),
            form("/login/enrol", f -> "/login/enrol", Map.of("code", "000000"), EVERYONE),
            // single sign-on for staff (the provider "groningen" above): its link leads anyone to the provider;
            // the callback without the provider's answer (code, state) sends everyone back to the login page, so
            // nobody gets past it here (SignOnStoriesIT walks the whole way)
            rule("GET", "/oauth/login/groningen", f -> "/oauth/login/groningen", EVERYONE),
            rule("GET", "/oauth/callback/groningen", f -> "/oauth/callback/groningen", EnumSet.noneOf(Who.class)),
            form("/oauth/callback/groningen", f -> "/oauth/callback/groningen", Map.of(), EnumSet.noneOf(Who.class)),
            // one's own second factor: every signed-in account may set it up (members choose to)
            rule("GET", "/account/two-factor", f -> "/account/two-factor", LOGGED_IN),
            form("/account/two-factor", f -> "/account/two-factor", Map.of("code", "000000"), LOGGED_IN),

            // records, privacy and publication (issue 20)
            rule("GET", "/toegankelijkheid", f -> "/toegankelijkheid", EVERYONE),
            rule("GET", "/advices/{id}/redactions", f -> "/advices/" + f.advice + "/redactions", COLLEGE),
            form(
                    "/advices/{id}/redactions",
                    f -> "/advices/" + f.advice + "/redactions",
                    Map.of("text", "Eerste", "byHand", "true", "decision", "ACCEPTED"),
                    COLLEGE),
            rule("GET", "/records/retention", f -> "/records/retention", EnumSet.of(ADMIN)),
            form(
                    "/records/retention",
                    f -> "/records/retention",
                    Map.of("kind", "SESSION", "amount", "1", "unit", "MONTHS", "basis", "Test", "version", ""),
                    EnumSet.of(ADMIN)),
            rule("GET", "/records/destruction", f -> "/records/destruction", EnumSet.of(MANAGER)),
            form(
                    "/records/destruction/approve",
                    f -> "/records/destruction/approve",
                    Map.of("kind", "ADVICE", "key", "999999"),
                    EnumSet.of(MANAGER)),
            form(
                    "/records/destruction/approve-all",
                    f -> "/records/destruction/approve-all",
                    Map.of(),
                    EnumSet.of(MANAGER)),
            form(
                    "/records/destruction/withdraw",
                    f -> "/records/destruction/withdraw",
                    Map.of("kind", "ADVICE", "key", "999999"),
                    EnumSet.of(MANAGER)),
            form("/records/destruction/destroy", f -> "/records/destruction/destroy", Map.of(), EnumSet.of(MANAGER)),
            rule("GET", "/privacy", f -> "/privacy", EnumSet.of(ADMIN)),
            rule("GET", "/privacy/users/{id}", f -> "/privacy/users/" + f.user, EnumSet.of(ADMIN)),
            rule(
                    "GET",
                    "/privacy/users/{id}/export.json",
                    f -> "/privacy/users/" + f.user + "/export.json",
                    EnumSet.of(ADMIN)),
            rule(
                    "GET",
                    "/privacy/users/{id}/export.pdf",
                    f -> "/privacy/users/" + f.user + "/export.pdf",
                    EnumSet.of(ADMIN)),
            form(
                    "/privacy/users/{id}/erase",
                    f -> "/privacy/users/" + f.user + "/erase",
                    Map.of("confirm", "ja"),
                    EnumSet.of(ADMIN)));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    FollowUps followUps;

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Inject
    Superadmins superadmins;

    @Inject
    Organisations organisations;

    @Inject
    OwnerAddresses ownerAddresses;

    long counter;

    @BeforeEach
    void resetCounter() {
        counter = System.nanoTime() % 1_000_000;
    }

    @Test
    void everyRouteHasAnEntryInTheTable() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes()
                .filter(route -> !route.getUriMatchTemplate().toString().startsWith("/assets"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .forEach(route -> routes.add(route.getHttpMethod() + " " + route.getUriMatchTemplate()));
        Set<String> listed = new TreeSet<>();
        RULES.forEach(rule -> listed.add(rule.method() + " " + rule.template()));
        assertThat(listed).as("routes in the permission table").containsAll(routes);
        assertThat(routes).as("table entries that are real routes").containsAll(listed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyUserCanDoExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Rule rule : RULES) {
            for (Who who : Who.values()) {
                Fixture fixture = newFixture();
                int status = call(rule, who, fixture);
                if (rule.template().equals("/logout")) {
                    sessionsByRole.clear();
                }
                boolean hidden = hiddenFrom(rule, who);
                boolean denied = status == 401 || status == 403 || (hidden && status == 404);
                boolean shouldBeAllowed = rule.allowed().contains(who);
                if (denied == shouldBeAllowed || status >= 500) {
                    wrong.add(rule.method() + " " + rule.template() + " as " + who + ": " + status
                            + (shouldBeAllowed ? " (should be allowed)" : " (should be denied)"));
                } else if (hidden && rule.allowed().contains(MEMBER) && status != 404) {
                    wrong.add(rule.method() + " " + rule.template() + " as " + who + ": " + status
                            + " (another body's advice must answer 404, as if it did not exist)");
                }
                checked++;
            }
        }
        assertThat(wrong).as("%d calls checked", checked).isEmpty();
    }

    /**
     * Whether the row is hidden from this user, so that a denial is a 404 (as for an id that does not
     * exist) rather than a 403: another body's advice, on every route under it. A route open to the
     * body's own members must answer the other body's member exactly that 404; one closed to members
     * altogether keeps the role's 403, which tells nothing about the id.
     */
    private static boolean hiddenFrom(Rule rule, Who who) {
        boolean adviceScoped = rule.template().startsWith("/api/advices/{id}")
                || rule.template().startsWith("/advices/{id}");
        return adviceScoped && who == OTHER_MEMBER;
    }

    /**
     * Every route × every kind of user of one organisation, aimed at the rows of another: each route that
     * names a row answers 404, as a row of another body does, and no answer contains a word of the other
     * organisation's advices (lists, search, exports, feed, calendar, reports). The public pages are per
     * organisation: without {@code ?organisatie=} they are the default organisation's.
     */
    @Test
    void nobodyOfOneOrganisationReachesTheRowsOfAnother() {
        long assen = organisations
                .create(new NewOrganisation(
                        "Gemeente Assen " + counter,
                        "assen-" + counter,
                        "burgemeester en wethouders van Assen",
                        new NewOrganisation.FirstAdmin(
                                "assen-beheer-" + counter, "Beheer Assen", "beheer@assen.example", "lang-genoeg")))
                .organisation()
                .id();
        Fixture theirs = OrganisationContext.within(assen, () -> newFixture(SECRET, "Adviesraad Assen"));
        sessionsByRole.clear(); // those were Assen's users; ours are the default organisation's
        Fixture ours = newFixture();
        Fixture aimedAtTheirs = new Fixture(
                ours.unique(),
                theirs.body(),
                theirs.advice(),
                theirs.draft(),
                theirs.point(),
                theirs.point2(),
                theirs.draftPoint(),
                theirs.response(),
                theirs.followUp(),
                theirs.user(),
                theirs.token(),
                theirs.ownerAddress(),
                ours.sessions());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<Rule> rules = new ArrayList<>(RULES);
        // searches for a word of theirs: no hit, no title
        rules.add(rule("GET", "/api/search", f -> "/api/search?q=vertrouwelijke", MEMBERS_AND_COLLEGE));
        rules.add(rule("GET", "/search", f -> "/search?q=vertrouwelijke", MEMBERS_AND_COLLEGE));
        for (Rule rule : rules) {
            if (rule.template().equals("/logout") || rule.method() != HttpMethod.GET && !namesARow(rule)) {
                continue; // writes without a row in the path create only our own rows
            }
            for (Who who : rule.allowed()) {
                Answer answer = answer(rule, who, aimedAtTheirs);
                checked++;
                if (namesARow(rule) && answer.status() != 404) {
                    wrong.add(rule.method() + " " + rule.template() + " as " + who + ": " + answer.status()
                            + " (should be 404)");
                }
                if (answer.body().contains(SECRET) || answer.body().contains("Adviesraad Assen")) {
                    wrong.add(rule.method() + " " + rule.template() + " as " + who
                            + " shows the other organisation's rows");
                }
            }
        }
        assertThat(wrong).as("%d calls checked", checked).isEmpty();
    }

    static final String SECRET = "Assens vertrouwelijke advies";

    /** A route whose path names an organisation's row (an advice, point, response, user, token, ...). */
    private static boolean namesARow(Rule rule) {
        return rule.template().contains("{")
                && !rule.template().startsWith("/health")
                && !rule.template().contains("/requests/{id}"); // these use an id that does not exist anyway
    }

    record Answer(int status, String body) {}

    /** The request as the rule's user sends it: their session cookie and CSRF token, the body as the rule says. */
    @SuppressWarnings("unchecked")
    private MutableHttpRequest<Object> request(Rule rule, Who who, Fixture fixture) {
        MutableHttpRequest<Object> request =
                HttpRequest.create(rule.method(), rule.path().apply(fixture));
        Session session = fixture.sessions.get(who);
        Object body = rule.body().apply(fixture);
        if (body instanceof Multipart multipart) {
            MultipartBody.Builder parts = MultipartBody.builder();
            multipart.fields().forEach(parts::addPart);
            parts.addPart("_csrf", session == null ? "" : session.csrf());
            request.body(parts.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (rule.form()) {
            Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) body);
            // a visitor's form carries the token of its CSRF cookie, as the login form does
            fields.put("_csrf", session == null ? ANONYMOUS_CSRF : session.csrf());
            request.body(fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
            if (session == null) {
                request.cookie(Cookie.of("adviestracker_csrf", ANONYMOUS_CSRF));
            }
        } else if (body instanceof String text) {
            request.body(text).contentType(MediaType.TEXT_PLAIN_TYPE);
        } else if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (session != null) {
            request.cookie(Cookie.of("adviestracker_session", session.cookie()));
            request.header("X-CSRF-Token", session.csrf());
        }
        return request;
    }

    private Answer answer(Rule rule, Who who, Fixture fixture) {
        MutableHttpRequest<Object> request = request(rule, who, fixture);
        try {
            HttpResponse<byte[]> response = http.toBlocking().exchange(request, byte[].class);
            return new Answer(response.code(), text(response.body()));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.code(), text(e.getResponse().getBody(byte[].class).orElse(null)));
        }
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The status, or 401 for a redirect to the login page (how browsers are told to log in). */
    private int call(Rule rule, Who who, Fixture fixture) {
        MutableHttpRequest<Object> request = request(rule, who, fixture);
        try {
            HttpResponse<?> response = http.toBlocking().exchange(request);
            return toLogin(response) ? 401 : response.code();
        } catch (HttpClientResponseException e) {
            return toLogin(e.getResponse()) ? 401 : e.code();
        }
    }

    private static boolean toLogin(HttpResponse<?> response) {
        return response.code() / 100 == 3
                && response.header("Location") != null
                && response.header("Location").contains("/login");
    }

    record Session(String cookie, String csrf) {}

    static final String ANONYMOUS_CSRF = "matrix-visitor-token";

    /** A form posted as multipart/form-data (with a file field, as the intake form is); the CSRF token is added. */
    record Multipart(Map<String, String> fields) {}

    private Fixture newFixture() {
        return newFixture("Onderwerp", "Raad");
    }

    /** The rows every rule needs, with this subject for the advices and this name for the body. */
    private Fixture newFixture(String subject, String bodyName) {
        long unique = ++counter;
        AdvisoryBody body = bodies.create(new BodyInput(
                bodyName + " " + unique,
                "R" + unique,
                "Secretaris",
                "Postbus 1\n9700 AA GRONINGEN",
                null,
                null,
                null,
                null));
        AdvisoryBody other =
                bodies.create(new BodyInput("Andere raad " + unique, "A" + unique, null, null, null, null, null, null));
        Advice advice = advices.create(adviceInput(body.id(), subject, AdviceStatus.RECEIVED, null));
        Advice draft = advices.create(adviceInput(body.id(), subject, AdviceStatus.DRAFT, null));
        List<Point> points = advices.points(advice.id());
        ResponseView response = responses.create(
                advice.id(), new ResponseInput(List.of(points.get(0).id()), Stance.ADOPTED, null, "Ja.", null, null));
        FollowUpView followUp =
                followUps.create(new FollowUpInput(response.id(), "Terugkoppelen", "DMO", null, null, null));
        User user = users.create(new nl.adviestracker.account.UserInput(
                "doel" + unique, "Doel", "doel@example.org", Role.STAFF, null, "lang-genoeg", true, null));
        Accounts.logIn(http, user.username(), "lang-genoeg"); // sets up its second factor, as its owner would
        long token = tokens.issue(user.id(), "script").id();
        long ownerAddress = ownerAddresses
                .set("Afdeling " + bodyName + " " + unique, "afdeling@example.org")
                .id();
        Fixture fixture = new Fixture(
                unique,
                body.id(),
                advice.id(),
                draft.id(),
                points.get(0).id(),
                points.get(1).id(),
                advices.points(draft.id()).get(0).id(),
                response.id(),
                followUp.id(),
                user.id(),
                token,
                ownerAddress,
                new EnumMap<>(Who.class));
        fixture.sessions.put(MEMBER, logIn(Role.ASDG, body.id()));
        fixture.sessions.put(OTHER_MEMBER, logIn(Role.ASDG, other.id()));
        fixture.sessions.put(STAFF, logIn(Role.STAFF, null));
        fixture.sessions.put(MANAGER, logIn(Role.MANAGER, null));
        fixture.sessions.put(ADMIN, logIn(Role.ADMIN, null));
        fixture.sessions.put(SUPERADMIN, superadmin());
        return fixture;
    }

    private final Map<String, Session> sessionsByRole = new HashMap<>();

    private Session superadmin() {
        return sessionsByRole.computeIfAbsent("SUPERADMIN", key -> {
            String username = "landelijk" + System.nanoTime();
            superadmins.create(username, "Landelijk", "l@example.org", Accounts.PASSWORD);
            Api api = Accounts.logIn(http, username, Accounts.PASSWORD);
            return new Session(api.session(), (String) api.get("/api/me").at("csrfToken"));
        });
    }

    /** One logged-in user per role and body, reused: logging in is not what this test is about. */
    private Session logIn(Role role, Long body) {
        return sessionsByRole.computeIfAbsent(role + "/" + body, key -> {
            Api api = accounts.loggedIn(http, role, body);
            String csrf = (String) api.get("/api/me").at("csrfToken");
            return new Session(api.session(), csrf);
        });
    }

    record Fixture(
            long unique,
            long body,
            long advice,
            long draft,
            long point,
            long point2,
            long draftPoint,
            long response,
            long followUp,
            long user,
            long token,
            long ownerAddress,
            Map<Who, Session> sessions) {

        Map<String, Object> adviceInput(Integer version) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("bodyId", body);
            input.put("subject", "Onderwerp");
            input.put("kind", "UNSOLICITED");
            input.put("receivedOn", "2024-03-01");
            input.put("points", List.of(Map.of("label", "1", "text", "Tekst", "kind", "RECOMMENDATION")));
            if (version != null) {
                input.put("version", version);
            }
            return input;
        }

        Map<String, Object> responseInput(long pointId, Integer version) {
            Map<String, Object> input =
                    new HashMap<>(Map.of("pointIds", List.of(pointId), "stance", "ADOPTED", "text", "Ja."));
            if (version != null) {
                input.put("version", version);
            }
            return input;
        }
    }

    private static AdviceInput adviceInput(long body, String subject, AdviceStatus status, Integer version) {
        return new AdviceInput(
                body,
                null,
                subject,
                AdviceKind.UNSOLICITED,
                java.time.LocalDate.of(2024, 3, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                status,
                List.of(
                        new PointInput("1", "Eerste", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("2", "Tweede", PointKind.QUESTION, null, null, null)),
                version);
    }

    private static Map<String, Object> point(String label, Integer version) {
        Map<String, Object> input = new HashMap<>(Map.of("label", label, "text", "Tekst", "kind", "REQUEST"));
        if (version != null) {
            input.put("version", version);
        }
        return input;
    }

    private static Rule rule(String method, String template, Function<Fixture, String> path, Set<Who> allowed) {
        return new Rule(HttpMethod.valueOf(method), template, path, f -> null, allowed, false);
    }

    private static Rule rule(
            String method,
            String template,
            Function<Fixture, String> path,
            Function<Fixture, Object> body,
            Set<Who> allowed) {
        return new Rule(HttpMethod.valueOf(method), template, path, body, allowed, false);
    }

    /** A screen's form post, sent as a browser does, with the user's CSRF token. */
    private static Rule form(
            String template, Function<Fixture, String> path, Map<String, String> fields, Set<Who> allowed) {
        return form(template, path, f -> fields, allowed);
    }

    private static Rule form(
            String template,
            Function<Fixture, String> path,
            Function<Fixture, Map<String, String>> fields,
            Set<Who> allowed) {
        return new Rule(HttpMethod.POST, template, path, fields::apply, allowed, true);
    }
}
