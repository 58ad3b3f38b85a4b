package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing to remind someone of.
 *
 * @param subjectId the follow-up, advice or request it is about
 * @param period the due date (once per date) or the ISO week (overdue: once a week)
 * @param owner the free-text owner it was found under, when it has one
 * @param recipients e-mail addresses already known (an advice request goes to the body's members)
 * @param path the screen to open, relative to the service's address
 */
record ReminderItem(
        ReminderKind kind,
        long subjectId,
        String period,
        String text,
        LocalDate dueOn,
        @Nullable String owner,
        List<String> recipients,
        String path) {}
