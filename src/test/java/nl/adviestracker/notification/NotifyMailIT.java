package nl.adviestracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.bodymail.BodyMails;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who is told, against a real SMTP server (GreenMail): the body hears that its advice was received, that the
 * answer is late (twice, with the reason of the extension) and that it was sent (the letter attached when it
 * went by e-mail); a colleague mentioned in an internal note is told in the app and by mail as they chose.
 * Every mail comes once, and its link opens the right page for the right person.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotifyMailIT implements TestPropertyProvider {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s#]*)(#\\S+)?");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    BodyMails bodyMails;

    @Inject
    MailOutbox outbox;

    @Inject
    NoticeDigests digests;

    @Inject
    Notifications notifications;

    @Inject
    DueNotices dueNotices;

    @Inject
    DataSource dataSource;

    GreenMail smtp;
    int port;
    final LocalDate today = LocalDate.now(nl.adviestracker.shared.DutchDates.ZONE);

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        port = smtp.getSmtp().getPort();
        return Map.of(
                "adviestracker.mail.host", "127.0.0.1",
                "adviestracker.mail.port", String.valueOf(port),
                "adviestracker.mail.from", "adviestracker@gemeente.example",
                "adviestracker.body-mail.recent-days", "60",
                "adviestracker.body-mail.late-again-after-working-days", "10");
    }

    @AfterAll
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void theBodyHearsOfReceivedLateAndSentOnceEachWithLinksToItsOwnPage() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        String raad = "raad-" + unique + "@asdg.example";
        long body = bodies.create(
                        new BodyInput("Wmo-raad " + unique, "W" + unique, null, null, raad, null, null, null, null))
                .id();
        long other = newBody("Jongerenraad " + unique, "J" + unique);
        Advice fresh = advice(body, "Mantelzorg", today.minusDays(2), null);
        Advice late = advice(body, "Schuldhulp", today.minusDays(40), today.minusDays(20));
        sql(
                "insert into advice_due_date_extension (advice_id, previous_due_on, new_due_on, reason, extended_by) values ("
                        + late.id() + ", date '" + today.minusDays(30) + "', date '" + today.minusDays(20)
                        + "', 'De wethouder wacht het raadsdebat af', 'beleid')");

        assertThat(bodyMails.queueDue(today)).isEqualTo(4);
        outbox.sendDue();
        List<MimeMessage> mails = mailsTo(raad);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Ontvangstbevestiging: uw advies over Mantelzorg",
                        "Ontvangstbevestiging: uw advies over Schuldhulp",
                        "Het antwoord op uw advies over Schuldhulp is later dan "
                                + nl.adviestracker.shared.DutchDates.format(today.minusDays(20)),
                        "Het antwoord op uw advies over Schuldhulp is later dan "
                                + nl.adviestracker.shared.DutchDates.format(today.minusDays(20)));
        String received = text(only(mails, "Ontvangstbevestiging: uw advies over Mantelzorg"));
        assertThat(received)
                .contains(
                        "Geachte Wmo-raad " + unique, nl.adviestracker.shared.DutchDates.format(fresh.responseDueOn()));
        List<String> lateTexts = mails.stream()
                .filter(m -> subject(m).startsWith("Het antwoord"))
                .map(NotifyMailIT::text)
                .toList();
        assertThat(lateTexts).allSatisfy(text -> assertThat(text).contains("De wethouder wacht het raadsdebat af"));
        assertThat(lateTexts).anySatisfy(text -> assertThat(text).contains("nog steeds niet"));

        Api member = accounts.member(http, body);
        Api otherMember = accounts.member(http, other);
        for (MimeMessage mail : mails) {
            String path = link(text(mail));
            assertThat(path).matches("/advices/(" + fresh.id() + "|" + late.id() + ")");
            assertThat(member.download(path).status()).as(path).isEqualTo(200);
            assertThat(otherMember.download(path).status()).as(path).isEqualTo(404);
        }

        assertThat(bodyMails.queueDue(today)).as("nothing new the same day").isZero();
        assertThat(outbox.sendDue()).isZero();

        // the letter goes by e-mail: the body gets the final PDF, once, with a Message-ID from the mail's key
        respondToEveryPoint(fresh);
        LetterSteps.sendFinal(
                accounts, http, accounts.manager(http), fresh.id(), "K-" + unique, today.toString(), "EMAIL");
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(bodyMails.queueDue(today))
                .as("the sent mail was queued as the letter was sent")
                .isZero();
        assertThat(outbox.sendDue()).isZero();
        List<MimeMessage> sent = mailsTo(raad).stream()
                .filter(m -> subject(m).startsWith("Antwoord van het college"))
                .toList();
        assertThat(sent).hasSize(1);
        MimeMessage letter = sent.get(0);
        assertThat(letter.getSubject()).isEqualTo("Antwoord van het college op uw advies over Mantelzorg");
        assertThat(letter.getMessageID()).startsWith("<body_sent." + fresh.id() + ".verzonden.");
        MimeMultipart parts = (MimeMultipart) letter.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("antwoordbrief-advies-" + fresh.id() + ".pdf");
        assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
        String letterText = (String) parts.getBodyPart(0).getContent();
        assertThat(letterText).contains("per e-mail", "De antwoordbrief zit als PDF bij deze e-mail.");
        assertThat(member.download(link(letterText)).status()).isEqualTo(200);
        assertThat(mailsTo(raad)).hasSize(5);
    }

    @Test
    @Order(2)
    void aMentionedColleagueIsToldOnceInTheAppAndByMailAsTheyChose() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long body = newBody("Adviesraad " + unique, "A" + unique);
        Advice advice = advice(body, "Armoedeaanpak", today.minusDays(5), null);
        long point = advices.points(advice.id()).get(0).id();
        User anna = staff("anna" + unique);
        User bram = staff("bram" + unique);
        User carla = staff("carla" + unique);
        User dave = staff("dave" + unique);
        Api member = accounts.member(http, body);
        String memberName = users.list().stream()
                .filter(u -> u.role() == Role.ASDG && Long.valueOf(body).equals(u.bodyId()))
                .map(User::username)
                .findFirst()
                .orElseThrow();
        notifications.saveSettings(asUser(carla), Map.of(NoticeKind.MENTIONED, MailChoice.DIGEST));
        Api annaApi = Accounts.logIn(http, anna.username(), Accounts.PASSWORD);

        Api.Answer note = annaApi.post(
                "/api/advices/" + advice.id() + "/notes",
                Map.of(
                        "text",
                        "@" + bram.username() + " en @" + carla.username() + ", kijk naar punt 1. Ook @" + memberName
                                + " en @" + anna.username() + " (mailadres info@asdg.example noemt niemand).",
                        "pointId",
                        point));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        Api.Answer second = annaApi.post(
                "/api/advices/" + advice.id() + "/notes", Map.of("text", "@" + dave.username() + " toch niet."));
        assertThat(second.status()).isEqualTo(201);
        assertThat(annaApi.delete("/api/advices/" + advice.id() + "/notes/" + second.id())
                        .status())
                .isEqualTo(204);

        assertThat(
                        count(
                                "select count(*) from notice where recipient_user_id in (select id from app_user where role = 'ASDG')"))
                .as("a member of the body is no colleague")
                .isZero();
        assertThat(count("select count(*) from notice where recipient_user_id = " + anna.id()))
                .as("nobody is told of their own mention")
                .isZero();
        outbox.sendDue();
        assertThat(mailsTo(dave.email()))
                .as("the note was deleted before its mail went out")
                .isEmpty();
        assertThat(mailsTo(carla.email())).as("carla chose the daily digest").isEmpty();
        List<MimeMessage> toBram = mailsTo(bram.email());
        assertThat(toBram).hasSize(1);
        assertThat(toBram.get(0).getSubject()).isEqualTo("Adviestracker: genoemd in een notitie");
        String text = text(toBram.get(0));
        assertThat(text).contains("Beste Bram", "noemde u in een interne notitie", "Armoedeaanpak");
        assertThat(text).contains("#notitie-" + note.id());
        Api bramApi = Accounts.logIn(http, bram.username(), Accounts.PASSWORD);
        Api.Download page = bramApi.download(link(text));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Interne notities", "id=\"notitie-" + note.id() + "\"", "kijk naar punt 1");
        assertThat(bramApi.download("/meldingen").text()).contains("noemde u in een interne notitie");
        assertThat(bramApi.download("/").text()).contains("aria-label=\"1 ongelezen\"");

        assertThat(digests.queue(today)).isGreaterThanOrEqualTo(1);
        assertThat(digests.queue(today)).as("one digest a day").isZero();
        outbox.sendDue();
        List<MimeMessage> toCarla = mailsTo(carla.email());
        assertThat(toCarla).hasSize(1);
        assertThat(toCarla.get(0).getSubject())
                .isEqualTo("Adviestracker: dagoverzicht van " + nl.adviestracker.shared.DutchDates.format(today)
                        + ", 1 melding");
        String digest = text(toCarla.get(0));
        assertThat(digest).contains("Genoemd in een notitie (1)", "Armoedeaanpak");
        Api carlaApi = Accounts.logIn(http, carla.username(), Accounts.PASSWORD);
        assertThat(carlaApi.download(link(digest)).status()).isEqualTo(200);
        assertThat(outbox.sendDue()).isZero();
        assertThat(mailsTo(bram.email())).hasSize(1);

        // the body never sees internal notes: not on its page of the advice, not through the API
        assertThat(member.get("/api/advices/" + advice.id() + "/notes").status())
                .isEqualTo(403);
        String membersPage = member.download("/advices/" + advice.id()).text();
        assertThat(membersPage).doesNotContain("Interne notities").doesNotContain("kijk naar punt 1");
        assertThat(member.get("/api/advices/" + advice.id() + "/history").toString())
                .doesNotContain("kijk naar punt 1");
    }

    @Test
    @Order(3)
    void aMailThatFailsWaitsInTheMailLogAndGoesOutOnceOnALaterTry() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long body = newBody("Seniorenraad " + unique, "S" + unique);
        Advice advice = advice(body, "Eenzaamheid", today.minusDays(3), null);
        User eve = staff("eve" + unique);
        Api anna = Accounts.logIn(http, staff("annette" + unique).username(), Accounts.PASSWORD);
        assertThat(anna.post("/api/advices/" + advice.id() + "/notes", Map.of("text", "@" + eve.username() + " graag"))
                        .status())
                .isEqualTo(201);

        smtp.stop();
        assertThat(outbox.sendDue()).isZero();
        assertThat(count("select attempts from mail_outbox where recipient = '" + eve.email() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where recipient = '" + eve.email()
                        + "' and next_attempt_at > now() and last_error is not null"))
                .isEqualTo(1);
        assertThat(outbox.sendDue()).as("not before its next try").isZero();
        String log = accounts.admin(http).download("/admin/mail-log").text();
        assertThat(log).contains("Nog niet verzonden", eve.email());

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sql("update mail_outbox set next_attempt_at = now() where recipient = '" + eve.email() + "'");
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(outbox.sendDue()).isZero();
        assertThat(mailsTo(eve.email())).hasSize(1);
        assertThat(accounts.admin(http).download("/admin/mail-log").text()).doesNotContain("Nog niet verzonden");
    }

    @Test
    @Order(4)
    void theOwnerOfAFollowUpIsToldItIsDueOnceAndNotAfterItWentToSomeoneElse() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long body = newBody("Cliëntenraad " + unique, "C" + unique);
        Advice advice = advice(body, "Beschermd wonen", today.minusDays(30), null);
        respondToEveryPoint(advice);
        long response = count("select id from response where advice_id = " + advice.id());
        User fenna = staff("fenna" + unique);
        User gijs = staff("gijs" + unique);
        notifications.saveSettings(asUser(fenna), Map.of(NoticeKind.DUE_SOON, MailChoice.NOW));
        notifications.saveSettings(asUser(gijs), Map.of(NoticeKind.OVERDUE, MailChoice.NOW));
        sql("insert into followup (response_id, advice_id, description, owner, due_on) values (" + response + ", "
                + advice.id() + ", 'Wijkteams informeren', '" + fenna.username() + "', date '" + today.plusDays(3)
                + "')");
        sql("insert into followup (response_id, advice_id, description, owner, due_on) values (" + response + ", "
                + advice.id() + ", 'Raad informeren', '" + gijs.email().toUpperCase() + "', date '"
                + today.minusDays(1) + "')");
        sql("insert into followup (response_id, advice_id, description, owner, due_on) values (" + response + ", "
                + advice.id() + ", 'Afdeling doet het', 'Afdeling DMO Beleid', date '" + today + "')");

        assertThat(dueNotices.tell(today)).isEqualTo(2);
        assertThat(dueNotices.tell(today)).as("once per follow-up and date").isZero();
        sql("update followup set owner = 'iemand anders' where owner = '"
                + gijs.email().toUpperCase() + "'");
        assertThat(dueNotices.tell(today)).isZero();
        outbox.sendDue();
        List<MimeMessage> toFenna = mailsTo(fenna.email());
        assertThat(toFenna).hasSize(1);
        assertThat(toFenna.get(0).getSubject()).isEqualTo("Adviestracker: termijn nadert");
        assertThat(text(toFenna.get(0))).contains("Wijkteams informeren", "moet klaar zijn op");
        Api fennaApi = Accounts.logIn(http, fenna.username(), Accounts.PASSWORD);
        assertThat(fennaApi.download(link(text(toFenna.get(0)))).status()).isEqualTo(200);
        assertThat(mailsTo(gijs.email()))
                .as("the follow-up went to someone else before the mail left")
                .isEmpty();
        Api gijsApi = Accounts.logIn(http, gijs.username(), Accounts.PASSWORD);
        assertThat(gijsApi.download("/meldingen").text()).doesNotContain("Raad informeren");
    }

    @Test
    @Order(5)
    void theRouteTellsEachOfficialWhatItAsksOfThemOnceAndNothingThatWasTakenBackInTime() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long body = newBody("Participatieraad " + unique, "P" + unique);
        Advice advice = advice(
                body,
                "Minimaregelingen",
                today.minusDays(5),
                today.plusDays(40),
                "Verhoog de inkomensgrens.",
                "Maak het aanvragen eenvoudiger.");
        long first = advices.points(advice.id()).get(0).id();
        long second = advices.points(advice.id()).get(1).id();
        User lotte = staff("lotte" + unique);
        User mo = staff("mo" + unique);
        User nina = staff("nina" + unique);
        User olaf = staff("olaf" + unique);
        Api manager = accounts.manager(http);
        Api lotteApi = Accounts.logIn(http, lotte.username(), Accounts.PASSWORD);
        Api moApi = Accounts.logIn(http, mo.username(), Accounts.PASSWORD);
        Api ninaApi = Accounts.logIn(http, nina.username(), Accounts.PASSWORD);
        String base = "/api/advices/" + advice.id();
        String due = today.plusDays(14).toString();

        assertThat(manager.put(base + "/lead", Map.of("leadUserId", lotte.id())).status())
                .isEqualTo(200);
        assertThat(lotteApi.post(
                                base + "/assignments",
                                Map.of("pointIds", List.of(first), "assigneeUserId", mo.id(), "internalDueOn", due))
                        .status())
                .isEqualTo(200);
        lotteApi.post(
                base + "/assignments",
                Map.of("pointIds", List.of(second), "assigneeUserId", olaf.id(), "internalDueOn", due));
        lotteApi.post(
                base + "/assignments",
                Map.of("pointIds", List.of(second), "assigneeUserId", nina.id(), "internalDueOn", due));
        outbox.sendDue();

        MimeMessage lead = only(mailsTo(lotte.email()), "Adviestracker: aan u toegewezen");
        assertThat(text(lead)).contains("maakte u trekker", "Minimaregelingen");
        MimeMessage toMo = only(mailsTo(mo.email()), "Adviestracker: aan u toegewezen");
        assertThat(text(toMo))
                .contains("Lotte " + unique + " vraagt u de reactie te schrijven op punt 1", "#punt-" + first);
        assertThat(moApi.download(link(text(toMo))).status()).isEqualTo(200);
        assertThat(text(only(mailsTo(nina.email()), "Adviestracker: aan u toegewezen")))
                .contains("punt 2");
        assertThat(mailsTo(olaf.email()))
                .as("point 2 went to Nina before Olaf's mail left")
                .isEmpty();
        Api olafApi = Accounts.logIn(http, olaf.username(), Accounts.PASSWORD);
        assertThat(olafApi.download("/meldingen").text()).doesNotContain("Minimaregelingen");

        Api.Answer written = moApi.post(
                base + "/responses",
                Map.of("pointIds", List.of(first), "stance", "ADOPTED", "text", "De grens gaat naar 130 procent."));
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String review = base + "/responses/" + written.id() + "/review";
        assertThat(moApi.post(review + "/ask", Map.of()).status()).isEqualTo(200);
        outbox.sendDue();
        MimeMessage asked = only(mailsTo(lotte.email()), "Adviestracker: beoordeling gevraagd");
        assertThat(text(asked)).contains("Mo " + unique + " vraagt u de reactie op punt 1", "#reactie-" + written.id());
        assertThat(lotteApi.download(link(text(asked))).status()).isEqualTo(200);
        assertThat(mailsTo(nina.email()))
                .as("the lead reviews; the other officials are not asked")
                .hasSize(1);

        assertThat(lotteApi.post(review + "/send-back", Map.of("comment", "Noem de ingangsdatum en de 100% vergoeding"))
                        .status())
                .isEqualTo(200);
        outbox.sendDue();
        assertThat(text(only(mailsTo(mo.email()), "Adviestracker: teruggestuurd met opmerkingen")))
                .contains(
                        "Lotte " + unique + " stuurde uw reactie op punt 1",
                        "Noem de ingangsdatum en de 100% vergoeding");

        moApi.post(review + "/ask", Map.of());
        assertThat(ninaApi.post(review + "/approve", Map.of()).status()).isEqualTo(200);
        outbox.sendDue();
        assertThat(text(only(mailsTo(mo.email()), "Adviestracker: goedgekeurd")))
                .contains("Nina " + unique + " keurde uw reactie op punt 1");
        assertThat(mailsTo(lotte.email()))
                .as("Nina approved before the second review request reached Lotte: it is not sent")
                .hasSize(2);
        assertThat(mailsTo(mo.email())).hasSize(3);
        assertThat(outbox.sendDue()).isZero();
    }

    @Test
    @Order(6)
    void assignedPointsAndLedAdvicesAreDueLikeFollowUpsUntilTheirResponseIsApproved() throws Exception {
        long unique = System.nanoTime() % 1_000_000;
        long body = newBody("Wijkraad " + unique, "WR" + unique);
        Advice advice = advice(
                body,
                "Wijkvoorzieningen",
                today.minusDays(30),
                today.plusDays(5),
                "Open het buurthuis vaker.",
                "Betrek de jongeren.",
                "Hoeveel kost het?");
        long first = advices.points(advice.id()).get(0).id();
        long second = advices.points(advice.id()).get(1).id();
        long third = advices.points(advice.id()).get(2).id();
        User lead = staff("quinten" + unique);
        User pia = staff("pia" + unique);
        User reviewer = staff("rosa" + unique);
        Api leadApi = Accounts.logIn(http, lead.username(), Accounts.PASSWORD);
        String base = "/api/advices/" + advice.id();
        leadApi.put(base + "/lead", Map.of("leadUserId", lead.id()));
        for (long point : List.of(first, second)) {
            assertThat(leadApi.post(
                                    base + "/assignments",
                                    Map.of(
                                            "pointIds",
                                            List.of(point),
                                            "assigneeUserId",
                                            pia.id(),
                                            "internalDueOn",
                                            today.plusDays(2).toString()))
                            .status())
                    .isEqualTo(200);
        }
        leadApi.post(
                base + "/assignments",
                Map.of(
                        "pointIds",
                        List.of(third),
                        "assigneeUserId",
                        pia.id(),
                        "internalDueOn",
                        today.plusDays(4).toString()));
        sql("update point_assignment set internal_due_on = date '" + today.minusDays(1) + "' where point_id = "
                + second);

        assertThat(dueNotices.tell(today)).isEqualTo(4);
        assertThat(dueNotices.tell(today)).as("once per item, kind and date").isZero();
        assertThat(notifications.of(asUser(pia)))
                .filteredOn(notice -> notice.kind() != NoticeKind.ASSIGNED)
                .extracting(Notifications.Shown::kind, Notifications.Shown::text, Notifications.Shown::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NoticeKind.DUE_SOON,
                                "Uw reactie op punt 1 van het advies \"Wijkvoorzieningen\" moet intern klaar zijn op "
                                        + nl.adviestracker.shared.DutchDates.format(today.plusDays(2)) + ".",
                                "/advices/" + advice.id() + "#punt-" + first),
                        org.assertj.core.groups.Tuple.tuple(
                                NoticeKind.OVERDUE,
                                "Uw reactie op punt 2 van het advies \"Wijkvoorzieningen\" had intern klaar moeten zijn op "
                                        + nl.adviestracker.shared.DutchDates.format(today.minusDays(1)) + ".",
                                "/advices/" + advice.id() + "#punt-" + second),
                        org.assertj.core.groups.Tuple.tuple(
                                NoticeKind.DUE_SOON,
                                "Uw reactie op punt 3 van het advies \"Wijkvoorzieningen\" moet intern klaar zijn op "
                                        + nl.adviestracker.shared.DutchDates.format(today.plusDays(4)) + ".",
                                "/advices/" + advice.id() + "#punt-" + third));
        assertThat(notifications.of(asUser(lead)))
                .filteredOn(notice -> notice.kind() == NoticeKind.DUE_SOON)
                .extracting(Notifications.Shown::text)
                .containsExactly(
                        "Het antwoord op het advies \"Wijkvoorzieningen\", waarvan u trekker bent, moet uiterlijk"
                                + " verzonden zijn op " + nl.adviestracker.shared.DutchDates.format(today.plusDays(5))
                                + ".");

        // Pia answers point 1 and Rosa approves it; point 3 goes to Rosa: both leave Pia's list
        Api piaApi = Accounts.logIn(http, pia.username(), Accounts.PASSWORD);
        Api.Answer response = piaApi.post(
                base + "/responses",
                Map.of("pointIds", List.of(first), "stance", "ADOPTED", "text", "Het buurthuis gaat vaker open."));
        String review = base + "/responses/" + response.id() + "/review";
        piaApi.post(review + "/ask", Map.of());
        Api rosaApi = Accounts.logIn(http, reviewer.username(), Accounts.PASSWORD);
        assertThat(rosaApi.post(review + "/approve", Map.of()).status()).isEqualTo(200);
        leadApi.post(
                base + "/assignments",
                Map.of(
                        "pointIds",
                        List.of(third),
                        "assigneeUserId",
                        reviewer.id(),
                        "internalDueOn",
                        today.plusDays(4).toString()));
        assertThat(dueNotices.tell(today)).as("point 3 is now Rosa's").isEqualTo(1);
        assertThat(notifications.of(asUser(pia)))
                .filteredOn(notice -> notice.kind() == NoticeKind.DUE_SOON || notice.kind() == NoticeKind.OVERDUE)
                .extracting(Notifications.Shown::link)
                .containsExactly("/advices/" + advice.id() + "#punt-" + second);
        Api.Download page = piaApi.download("/advices/" + advice.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"punt-" + second + "\"");
    }

    /** A new advisory body without a contact address: nothing is mailed to it. */
    private long newBody(String name, String shortName) {
        return bodies.create(new BodyInput(name, shortName, null, null, null, null, null, null))
                .id();
    }

    private Advice advice(long body, String subject, LocalDate receivedOn, LocalDate dueOn) {
        return advice(body, subject, receivedOn, dueOn, "Doe het beter.");
    }

    /** An advice received on that date, with a point per text (labelled 1, 2, ...). */
    private Advice advice(long body, String subject, LocalDate receivedOn, LocalDate dueOn, String... points) {
        List<PointInput> inputs = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            inputs.add(new PointInput(String.valueOf(i + 1), points[i], PointKind.RECOMMENDATION, null, null, null));
        }
        return advices.create(new AdviceInput(
                body,
                null,
                subject,
                AdviceKind.UNSOLICITED,
                receivedOn,
                null,
                null,
                null,
                null,
                null,
                dueOn,
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                inputs,
                null));
    }

    private void respondToEveryPoint(Advice advice) {
        for (var point : advices.points(advice.id())) {
            responses.create(
                    advice.id(),
                    new ResponseInput(List.of(point.id()), Stance.ADOPTED, null, "Wij doen dit.", null, null));
        }
    }

    private User staff(String username) {
        String name = Character.toUpperCase(username.charAt(0))
                + username.substring(1).replaceAll("\\d", "");
        return users.create(new UserInput(
                username,
                name + " " + username.replaceAll("\\D", ""),
                username + "@gemeente.example",
                Role.STAFF,
                null,
                Accounts.PASSWORD,
                true,
                null));
    }

    private static SignedInUser asUser(User user) {
        return new SignedInUser(user.id(), user.username(), user.name(), user.role(), 1L, null, null);
    }

    private List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static MimeMessage only(List<MimeMessage> mails, String subject) {
        List<MimeMessage> found =
                mails.stream().filter(m -> subject(m).equals(subject)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart multipart) {
                return (String) multipart.getBodyPart(0).getContent();
            }
            return (String) content;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the first link in the mail (without its #fragment), to open with the HTTP client. */
    private static String link(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private void sql(String statement) throws Exception {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var s = connection.createStatement();
                var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
