package nl.adviestracker.report;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What is due and what is late, counted: answers to advices, follow-ups (those without a date
 * apart, "geen datum") and advice requests.
 *
 * @param daysAhead "due soon" means due within this many days from today
 * @param followUpsAwaitingBodyInformed done or dropped, but the body has not been told yet
 */
@Serdeable
public record DeadlineSummary(
        LocalDate today,
        int daysAhead,
        long answersOpen,
        long answersOverdue,
        long answersDueSoon,
        long followUpsOpen,
        long followUpsOverdue,
        long followUpsDueSoon,
        long followUpsUndated,
        long followUpsAwaitingBodyInformed,
        long requestsOpen,
        long requestsOverdue) {}
