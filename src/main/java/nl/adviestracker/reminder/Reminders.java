package nl.adviestracker.reminder;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.adviestracker.shared.DutchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder jobs: daily, each owner hears of what is due within the configured days or overdue;
 * weekly, each manager gets a digest. Each reminder goes out once (see {@link ReminderDispatch}).
 */
@Singleton
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private static final Comparator<ReminderItem> ORDER = Comparator.comparing(ReminderItem::dueOn)
            .thenComparing(ReminderItem::kind)
            .thenComparingLong(ReminderItem::subjectId);

    /** What a run did. {@code unresolvedOwners}: owners with due items and no address. */
    @Serdeable
    public record RunResult(boolean mailEnabled, int mailsSent, int remindersSent, List<String> unresolvedOwners) {}

    private final DueItems due;
    private final OwnerDirectory owners;
    private final ReminderDispatch dispatch;
    private final Mailer mailer;
    private final ReminderSettings settings;

    Reminders(
            DueItems due, OwnerDirectory owners, ReminderDispatch dispatch, Mailer mailer, ReminderSettings settings) {
        this.due = due;
        this.owners = owners;
        this.dispatch = dispatch;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** Reminds owners and body members of what is due within {@code daysAhead} days of {@code today}, or overdue. */
    public RunResult daily(LocalDate today) {
        List<ReminderItem> items = due.on(today, settings.daysAhead());
        Map<String, List<ReminderItem>> byRecipient = new TreeMap<>();
        TreeSet<String> unresolved = new TreeSet<>();
        for (ReminderItem item : items) {
            List<String> recipients = new ArrayList<>(item.recipients());
            if (item.owner() != null || recipients.isEmpty()) {
                Optional<String> address = owners.resolve(item.owner());
                address.ifPresent(recipients::add);
                if (address.isEmpty()) {
                    unresolved.add(item.owner() == null ? "(geen eigenaar of afdeling)" : item.owner());
                }
            }
            for (String recipient : recipients) {
                byRecipient
                        .computeIfAbsent(recipient.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(item);
            }
        }
        if (!mailer.enabled()) {
            return new RunResult(false, 0, 0, List.copyOf(unresolved));
        }
        int mails = 0;
        int reminders = 0;
        for (var entry : byRecipient.entrySet()) {
            List<ReminderItem> mine =
                    entry.getValue().stream().distinct().sorted(ORDER).toList();
            try {
                List<ReminderItem> sent = dispatch.deliver(entry.getKey(), mine, claimed -> ownerMail(today, claimed));
                if (!sent.isEmpty()) {
                    mails++;
                    reminders += sent.size();
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "Reminder to {} not sent; it is tried again on the next run: {}",
                        entry.getKey(),
                        e.getMessage());
            }
        }
        LOG.info(
                "Daily reminders for {}: {} mails, {} reminders, {} owners without address",
                today,
                mails,
                reminders,
                unresolved.size());
        return new RunResult(true, mails, reminders, List.copyOf(unresolved));
    }

    /** The weekly digest for every manager: what is overdue, due soon, without date, and owners without address. */
    public RunResult weekly(LocalDate today) {
        List<ReminderItem> items = due.on(today, settings.daysAhead());
        TreeSet<String> unresolved = new TreeSet<>();
        for (ReminderItem item : items) {
            if (item.recipients().isEmpty() && owners.resolve(item.owner()).isEmpty()) {
                unresolved.add(item.owner() == null ? "(geen eigenaar of afdeling)" : item.owner());
            }
        }
        List<String> undated = due.undatedFollowUps();
        if (!mailer.enabled()) {
            return new RunResult(false, 0, 0, List.copyOf(unresolved));
        }
        String week = DueItems.isoWeek(today);
        ReminderItem digest = new ReminderItem(
                ReminderKind.WEEKLY_DIGEST, 0, week, "Weekoverzicht " + week, today, null, List.of(), "/dashboard");
        int mails = 0;
        for (String manager : due.managers()) {
            try {
                if (!dispatch.deliver(
                                manager.toLowerCase(Locale.ROOT),
                                List.of(digest),
                                claimed -> digestMail(today, week, items, undated, unresolved))
                        .isEmpty()) {
                    mails++;
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "Weekly digest to {} not sent; it is tried again on the next run: {}", manager, e.getMessage());
            }
        }
        return new RunResult(true, mails, mails, List.copyOf(unresolved));
    }

    private ReminderDispatch.Mail ownerMail(LocalDate today, List<ReminderItem> items) {
        long late = items.stream().filter(i -> i.kind().overdue()).count();
        String subject = "Adviestracker: " + items.size() + (items.size() == 1 ? " herinnering" : " herinneringen")
                + (late > 0 ? " (" + late + " te laat)" : "");
        StringBuilder text = new StringBuilder("Goedemorgen,\n\nDit zijn uw herinneringen uit Adviestracker van ")
                .append(DutchDates.format(today))
                .append(".\n");
        section(text, "Te laat", items.stream().filter(i -> i.kind().overdue()).toList(), today);
        section(
                text,
                "Binnenkort",
                items.stream().filter(i -> !i.kind().overdue()).toList(),
                today);
        text.append(
                        "\nU krijgt deze e-mail omdat u (of uw afdeling) eigenaar bent. Een herinnering voor een datum komt één keer;")
                .append(" wat te laat is, melden wij eens per week.\n");
        return new ReminderDispatch.Mail(subject, text.toString());
    }

    private ReminderDispatch.Mail digestMail(
            LocalDate today, String week, List<ReminderItem> items, List<String> undated, TreeSet<String> unresolved) {
        List<ReminderItem> late =
                items.stream().filter(i -> i.kind().overdue()).sorted(ORDER).toList();
        List<ReminderItem> soon =
                items.stream().filter(i -> !i.kind().overdue()).sorted(ORDER).toList();
        StringBuilder text = new StringBuilder("Goedemorgen,\n\nHet weekoverzicht van Adviestracker, ")
                .append(DutchDates.format(today))
                .append(" (week ")
                .append(week)
                .append(").\n\n")
                .append("Te laat: ")
                .append(late.size())
                .append("\n")
                .append("Binnen ")
                .append(settings.daysAhead())
                .append(" dagen: ")
                .append(soon.size())
                .append("\n")
                .append("Toezeggingen zonder datum: ")
                .append(undated.size())
                .append("\n");
        section(text, "Te laat", late, today);
        section(text, "Binnenkort", soon, today);
        if (!undated.isEmpty()) {
            text.append("\nToezeggingen zonder datum (geen datum):\n");
            undated.forEach(line -> text.append("- ").append(line).append('\n'));
        }
        if (!unresolved.isEmpty()) {
            text.append("\nEigenaren zonder e-mailadres (zij kregen geen herinnering):\n");
            unresolved.forEach(owner -> text.append("- ").append(owner).append('\n'));
        }
        return new ReminderDispatch.Mail(
                "Adviestracker: weekoverzicht " + week + " (" + late.size() + " te laat)", text.toString());
    }

    private void section(StringBuilder text, String title, List<ReminderItem> items, LocalDate today) {
        if (items.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(":\n");
        for (ReminderItem item : items) {
            long days = ChronoUnit.DAYS.between(today, item.dueOn());
            String when = days < 0
                    ? -days + (days == -1 ? " dag" : " dagen") + " te laat"
                    : days == 0 ? "vandaag" : "over " + days + (days == 1 ? " dag" : " dagen");
            text.append("- ")
                    .append(item.text())
                    .append(", uiterlijk ")
                    .append(DutchDates.format(item.dueOn()))
                    .append(" (")
                    .append(when)
                    .append(")");
            if (item.owner() != null) {
                text.append(" — ").append(item.owner());
            }
            text.append('\n');
            if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
                text.append("  ")
                        .append(settings.baseUrl().replaceAll("/+$", ""))
                        .append(item.path())
                        .append('\n');
            }
        }
    }
}
