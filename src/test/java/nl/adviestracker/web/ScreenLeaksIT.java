package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.followup.EvidenceKind;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.InformMeans;
import nl.adviestracker.response.Stance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crawls every page each role can reach by following links (no JavaScript, GET only) and fails on what
 * a person should never read: an enum constant (RECEIVED, PARTLY_ADOPTED), a table name
 * (letter_version), a username where a person's name belongs, or a choice labelled true or false.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenLeaksIT {

    private static final int MOST_PAGES_PER_ROLE = 60;
    private static final Pattern TABLE_NAME = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");
    private static final Set<String> ENUM_NAMES = enumNames();

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    Scenery.Set data;

    @BeforeAll
    void setUp() {
        data = scenery.build("lek");
        // changes made by people, so the history has names to show (and usernames it must not)
        WebClient staff = new WebClient(server.getURL().toString()).logIn("lek-beleid", Scenery.PASSWORD);
        staff.post(
                "/followups/" + data.followUp().id() + "/notes",
                form("text", "De monitor is in de maak.", "notedOn", ""));
        WebClient.Page moved = staff.post(
                "/followups/" + data.followUp().id(),
                form(
                        "description",
                        data.followUp().description(),
                        "owner",
                        data.followUp().owner(),
                        "dueOn",
                        data.followUp().dueOn().plusDays(30).toString(),
                        "dueOnReason",
                        "De monitor komt later.",
                        "status",
                        "OPEN",
                        "reason",
                        "",
                        "version",
                        String.valueOf(data.followUp().version())));
        org.assertj.core.api.Assertions.assertThat(moved.status())
                .as(moved.body())
                .isEqualTo(303);
        staff.post(
                "/advices/" + data.received().id() + "/termijn",
                form(
                        "dueOn",
                        "2024-05-01",
                        "reason",
                        "Het college vergadert later.",
                        "version",
                        String.valueOf(data.received().version())));
        staff.post("/advices/" + data.received().id() + "/letter/versions", form());
    }

    @Test
    void aMember() {
        crawl("lek-lid");
    }

    @Test
    void policyStaff() {
        crawl("lek-beleid");
    }

    @Test
    void aManager() {
        crawl("lek-manager");
    }

    @Test
    void anAdmin() {
        crawl("lek-beheer");
    }

    @Test
    void aVisitor() {
        crawl(null);
    }

    private void crawl(String username) {
        WebClient client = new WebClient(server.getURL().toString());
        if (username != null) {
            client.logIn(username, Scenery.PASSWORD);
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/advices/" + data.received().id(),
                "/advices/" + data.received().id() + "/letter",
                "/advices/" + data.answered().id(),
                "/advices/" + data.draft().id(),
                "/followups/" + data.followUp().id()));
        List<String> leaks = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES_PER_ROLE) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            WebClient.Page page = client.get(path);
            if (page.status() != 200
                    || page.contentType() == null
                    || !page.contentType().startsWith("text/html")) {
                continue;
            }
            Document html = page.html();
            leaks.addAll(leaksOn(path, html, username));
            for (Element link : html.select("a[href]")) {
                String href = link.attr("href").replaceAll("#.*$", "");
                if (followable(href, link)) {
                    queue.add(href);
                }
            }
        }
        assertThat(seen).as("pages crawled for " + username).hasSizeGreaterThan(1);
        assertThat(leaks)
                .as("what " + username + " should not read, on " + seen.size() + " pages")
                .isEmpty();
    }

    private static List<String> leaksOn(String path, Document html, String username) {
        List<String> leaks = new ArrayList<>();
        for (Element option : html.select("option")) {
            String label = option.text().strip();
            if (label.equals("true") || label.equals("false")) {
                leaks.add(path + ": a choice labelled '" + label + "' in "
                        + option.parent().attr("name"));
            }
        }
        String text = html.body().text();
        for (String word : text.split("[^A-Za-z_]+")) {
            if (ENUM_NAMES.contains(word)) {
                leaks.add(path + ": the raw value " + word);
            }
        }
        Matcher table = TABLE_NAME.matcher(text);
        while (table.find()) {
            leaks.add(path + ": the table name " + table.group());
        }
        boolean listsAccounts = path.startsWith("/admin") || path.startsWith("/users") || path.startsWith("/privacy");
        for (String login : List.of("lek-lid", "lek-beleid", "lek-manager", "lek-beheer")) {
            if (!listsAccounts && text.contains(login)) {
                leaks.add(path + ": the username " + login + " where a name belongs");
            }
        }
        return leaks;
    }

    private static boolean followable(String href, Element link) {
        return href.startsWith("/")
                && !href.startsWith("//")
                && !href.startsWith("/api/")
                && !href.startsWith("/assets/")
                && !href.equals("/logout")
                && !link.hasAttr("download")
                && !href.matches(".*\\.(pdf|docx|csv|xlsx|ics|atom)(\\?.*)?$")
                && !href.contains("/document");
    }

    private static Set<String> enumNames() {
        Set<String> names = new LinkedHashSet<>();
        Stream.of(
                        AdviceStatus.values(),
                        FollowUpStatus.values(),
                        Stance.values(),
                        PointKind.values(),
                        AdviceKind.values(),
                        EvidenceKind.values(),
                        InformMeans.values())
                .flatMap(Stream::of)
                .forEach(value -> names.add(value.name()));
        return names;
    }
}
