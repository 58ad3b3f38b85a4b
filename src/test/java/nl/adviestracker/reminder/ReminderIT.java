package nl.adviestracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.followup.EvidenceInput;
import nl.adviestracker.followup.EvidenceKind;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUpLifecycle;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.followup.TransitionInput;
import nl.adviestracker.request.AdviceRequests;
import nl.adviestracker.request.RequestInput;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.tenancy.OrganisationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one database run the reminder jobs at the same moment against a
 * real SMTP server (GreenMail): every owner gets each reminder once, never twice.
 */
class ReminderIT {

    /** Wednesday of ISO week 48. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static GreenMail smtp;
    static ApplicationContext first;
    static ApplicationContext second;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Map<String, Object> settings = new HashMap<>(Map.of(
                "adviestracker.mail.host", "127.0.0.1",
                "adviestracker.mail.port", smtp.getSmtp().getPort(),
                "adviestracker.mail.from", "adviestracker@gemeente.example",
                "adviestracker.reminders.days-ahead", 7,
                "adviestracker.reminders.base-url", "https://adviestracker.example/"));
        first = ApplicationContext.run(settings, "test");
        String url;
        try (Connection connection = connection(first)) {
            url = connection.getMetaData().getURL();
        }
        Map<String, Object> sameDatabase = new HashMap<>(settings);
        sameDatabase.put("datasources.default.url", url);
        sameDatabase.put("datasources.default.username", "postgres");
        sameDatabase.put("datasources.default.password", "");
        second = ApplicationContext.run(sameDatabase, "test");
        seed(first);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void eachReminderGoesOutOnceThoughTwoInstancesSendAtOnce() throws Exception {
        List<Reminders.RunResult> results = together(r -> r.daily(TODAY));
        assertThat(results.stream().mapToInt(Reminders.RunResult::mailsSent).sum())
                .isEqualTo(4);
        assertThat(results.stream().mapToInt(Reminders.RunResult::remindersSent).sum())
                .isEqualTo(5);
        assertThat(results.get(0).unresolvedOwners()).containsExactly("Afdeling Jeugd", "Onbekend team");

        Map<String, List<MimeMessage>> mails = received(4);
        assertThat(mails.keySet())
                .containsExactlyInAnyOrder(
                        "dmo@gemeente.example", "bram@gemeente.example", "jan@example.org", "anna@asdg.example");
        assertThat(mails.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        MimeMessage dmo = mails.get("dmo@gemeente.example").get(0);
        assertThat(dmo.getSubject()).isEqualTo("Adviestracker: 2 herinneringen (1 te laat)");
        String text = text(dmo);
        assertThat(text)
                .contains(
                        "Beantwoording van het advies",
                        "Rapport armoede",
                        "5 dagen te laat",
                        "Toezegging: Plan voor Noord",
                        "over 2 dagen",
                        "https://adviestracker.example/advices/");
        assertThat(text(mails.get("anna@asdg.example").get(0))).contains("Adviesaanvraag: Nota jeugd");

        assertThat(together(r -> r.daily(TODAY)))
                .as("the same day again: nothing new")
                .allSatisfy(result -> assertThat(result.mailsSent()).isZero());
        assertThat(together(r -> r.daily(TODAY.plusDays(1))))
                .as("the next day, same week: nothing new")
                .allSatisfy(result -> assertThat(result.mailsSent()).isZero());
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(count("select count(*) from reminder_sent where kind <> 'WEEKLY_DIGEST'"))
                .isEqualTo(5);

        List<Reminders.RunResult> nextWeek = together(r -> r.daily(LocalDate.of(2026, 11, 30)));
        assertThat(nextWeek.stream().mapToInt(Reminders.RunResult::mailsSent).sum())
                .as("overdue ones are repeated once a week: DMO (answer, plan) and Bram")
                .isEqualTo(2);

        List<Reminders.RunResult> digests = together(r -> r.weekly(TODAY));
        assertThat(digests.stream().mapToInt(Reminders.RunResult::mailsSent).sum())
                .as("one per manager")
                .isEqualTo(2);
        Map<String, List<MimeMessage>> all = received(8);
        assertThat(all.get("carla@gemeente.example")).hasSize(1);
        String digest = text(all.get("carla@gemeente.example").get(0));
        assertThat(digest)
                .contains(
                        "Te laat: 2",
                        "Binnen 7 dagen: 5",
                        "uiterlijk 1 november 2026 (24 dagen te laat) — bram jansen",
                        "Toezeggingen zonder datum: 1",
                        "Nog geen datum afgesproken",
                        "Eigenaren zonder e-mailadres",
                        "Onbekend team",
                        "Afdeling Jeugd");
        assertThat(all.get("oud@gemeente.example"))
                .as("inactive managers get nothing")
                .isNull();
    }

    @Test
    void withoutSmtpHostNothingIsSent() {
        Mailer off = new Mailer(new MailSettings(null, 25, null, null, false, "x@y.z"), Clock.systemUTC());
        assertThat(off.enabled()).isFalse();
        assertThat(new Mailer(new MailSettings(" ", 25, null, null, false, "x@y.z"), Clock.systemUTC()).enabled())
                .isFalse();
    }

    private static List<Reminders.RunResult> together(Function<Reminders, Reminders.RunResult> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reminders.RunResult>> futures = new ArrayList<>();
            for (ApplicationContext context : List.of(first, second)) {
                Reminders reminders = context.getBean(Reminders.class);
                futures.add(pool.submit(() -> {
                    start.await();
                    // as the schedule does: each run in one organisation's setting
                    return OrganisationContext.within(
                            OrganisationContext.DEFAULT_ORGANISATION, () -> run.apply(reminders));
                }));
            }
            start.countDown();
            List<Reminders.RunResult> results = new ArrayList<>();
            for (Future<Reminders.RunResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, List<MimeMessage>> received(int expected) throws Exception {
        smtp.waitForIncomingEmail(5000, expected);
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .findFirst()
                    .orElseThrow()
                    .toString();
            byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(expected);
        return byRecipient;
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = connection(first);
                var statement = connection.createStatement()) {
            var rows = statement.executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connection(ApplicationContext context) throws Exception {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                .getConnection();
    }

    /**
     * On 25 November 2026, seven days ahead: an overdue answer and a follow-up due soon for DMO
     * (mapped in the owner table), an overdue follow-up for Bram Jansen (a user, by name), one for an
     * e-mail address, a request for the body's member, and two owners nobody can be mailed.
     */
    private static void seed(ApplicationContext context) throws Exception {
        Users users = context.getBean(Users.class);
        users.create(new UserInput(
                "carla", "Carla Bakker", "carla@gemeente.example", Role.MANAGER, null, "wachtwoord1", true, null));
        users.create(new UserInput(
                "dirk", "Dirk Smit", "dirk@gemeente.example", Role.MANAGER, null, "wachtwoord1", true, null));
        users.create(new UserInput(
                "oud", "Oud Manager", "oud@gemeente.example", Role.MANAGER, null, "wachtwoord1", false, null));
        var bramAccount = users.create(new UserInput(
                "bram", "Bram Jansen", "bram@gemeente.example", Role.STAFF, null, "wachtwoord1", true, null));
        SignedInUser bram = new SignedInUser(bramAccount.id(), "bram", "Bram Jansen", Role.STAFF, null, null, null);
        AdvisoryBody body = context.getBean(Bodies.class)
                .create(new BodyInput("Adviesgroep Sociaal Domein", "ASD", null, null, null, null, null, null));
        users.create(new UserInput(
                "anna", "Anna de Vries", "anna@asdg.example", Role.ASDG, body.id(), "wachtwoord1", true, null));
        try (Connection connection = connection(context);
                var statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into owner_address (owner, email) values ('Afdeling DMO Beleid', 'dmo@gemeente.example')");
        }

        AdviceRegister advices = context.getBean(AdviceRegister.class);
        Advice late = advice(advices, body, "Rapport armoede", "Afdeling DMO Beleid", LocalDate.of(2026, 11, 20));
        advice(advices, body, "Rapport jeugd", "Afdeling Jeugd", LocalDate.of(2026, 11, 30));
        advice(advices, body, "Rapport wonen", "Afdeling DMO Beleid", LocalDate.of(2026, 12, 20));
        long point = advices.points(late.id()).get(0).id();
        long response = context.getBean(Responses.class)
                .create(
                        late.id(),
                        new ResponseInput(
                                List.of(point),
                                Stance.TAKEN_INTO_ACCOUNT,
                                null,
                                "Wij nemen het mee.",
                                "Loopt nog.",
                                null))
                .id();
        FollowUps followUps = context.getBean(FollowUps.class);
        followUps.create(new FollowUpInput(
                response, "Plan voor Noord", "Afdeling DMO Beleid", LocalDate.of(2026, 11, 27), null, null));
        followUps.create(
                new FollowUpInput(response, "Raad informeren", "bram jansen", LocalDate.of(2026, 11, 1), null, null));
        followUps.create(
                new FollowUpInput(response, "Evaluatie", "jan@example.org", LocalDate.of(2026, 12, 1), null, null));
        followUps.create(
                new FollowUpInput(response, "Wijkbezoek", "Onbekend team", LocalDate.of(2026, 11, 26), null, null));
        followUps.create(
                new FollowUpInput(response, "Nog geen datum afgesproken", "Afdeling DMO Beleid", null, null, null));
        FollowUpView done = followUps.create(
                new FollowUpInput(response, "Al klaar", "Afdeling DMO Beleid", LocalDate.of(2026, 11, 28), null, null));
        context.getBean(FollowUpLifecycle.class)
                .move(
                        bram,
                        done.id(),
                        new TransitionInput(
                                FollowUpStatus.DONE,
                                null,
                                new EvidenceInput(
                                        EvidenceKind.DECISION,
                                        "Collegebesluit van 25 november",
                                        null,
                                        null,
                                        null,
                                        null),
                                done.version()));
        context.getBean(AdviceRequests.class)
                .create(new RequestInput(
                        body.id(),
                        "Nota jeugd",
                        "Graag uw advies.",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 11, 30),
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static Advice advice(
            AdviceRegister advices, AdvisoryBody body, String subject, String department, LocalDate due) {
        return advices.create(new AdviceInput(
                body.id(),
                null,
                subject,
                AdviceKind.UNSOLICITED,
                due.minusWeeks(6),
                null,
                null,
                null,
                department,
                null,
                due,
                null,
                null,
                null,
                null,
                List.of(new PointInput("1", "Doe iets.", PointKind.RECOMMENDATION, null, null, null)),
                null));
    }
}
