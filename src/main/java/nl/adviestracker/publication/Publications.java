package nl.adviestracker.publication;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;
import nl.adviestracker.shared.ProblemException;

/**
 * Publishing answered advices for the public, and withdrawing them. Only what the college has
 * answered (the letter was sent) can be published; nothing is public unless staff chose so.
 */
@Singleton
public class Publications {

    private final PublicationRepository publications;
    private final AdviceRegister advices;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Redactions redactions;

    Publications(
            PublicationRepository publications,
            AdviceRegister advices,
            JdbcOperations jdbc,
            AuditLog audit,
            Clock clock,
            Redactions redactions) {
        this.redactions = redactions;
        this.publications = publications;
        this.advices = advices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The publication of this advice that is in force, if any. */
    @Transactional(readOnly = true)
    public Optional<Publication> inForce(long adviceId) {
        return publications.findInForce(adviceId);
    }

    /** Makes the advice public from {@code publishedOn} (today when absent). */
    @Transactional
    public Publication publish(long adviceId, LocalDate publishedOn) {
        Advice advice = advices.get(adviceId);
        if (advice.status() != AdviceStatus.ANSWERED) {
            throw ProblemException.conflict(
                    "Alleen een beantwoord advies kan openbaar worden gemaakt: de brief van het college is nog niet verstuurd.");
        }
        if (publications.findInForce(adviceId).isPresent()) {
            throw ProblemException.conflict("Dit advies is al openbaar gemaakt.");
        }
        int undecided = redactions.undecided(adviceId);
        if (undecided > 0) {
            throw ProblemException.conflict("De teksten noemen nog " + undecided
                    + (undecided == 1 ? " naam of contactgegeven" : " namen of contactgegevens")
                    + " waarover niet is besloten: kies eerst bij \"Namen weglaten\" wat openbaar mag"
                    + " (/advices/" + adviceId + "/redactions).");
        }
        LocalDate on = publishedOn == null ? LocalDate.now(clock) : publishedOn;
        Publication saved = publications.save(
                new Publication(null, adviceId, on, clock.instant(), audit.actor(), null, null, null));
        audit.created("publication", saved.id(), adviceId, saved);
        return saved;
    }

    /** Takes the advice out of the public view and the feed; the publication stays on record. */
    @Transactional
    public Publication withdraw(long adviceId) {
        advices.get(adviceId);
        Publication current = publications
                .findInForce(adviceId)
                .orElseThrow(() -> ProblemException.conflict("Dit advies is niet openbaar gemaakt."));
        Publication withdrawn = publications.update(current.withdrawn(clock.instant(), audit.actor()));
        audit.updated("publication", current.id(), adviceId, current, withdrawn);
        return withdrawn;
    }

    /**
     * Advices published and in force whose publication date has come, newest publication first;
     * {@code bodyId} narrows to one body. Subjects as the public sees them (see {@link PublicText}).
     */
    @Transactional(readOnly = true)
    public PageOf<PublishedAdvice> published(Long bodyId, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        String where = """
                 from publication p join advice a on a.id = p.advice_id join advisory_body b on b.id = a.body_id
                where p.withdrawn_at is null and p.published_on <= ? and a.deleted_at is null and a.status = 'ANSWERED'
                """ + (bodyId == null ? "" : " and a.body_id = ?");
        long total = jdbc.prepareStatement("select count(*)" + where, statement -> {
            statement.setObject(1, today);
            if (bodyId != null) {
                statement.setLong(2, bodyId);
            }
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        List<PublishedAdvice> items = jdbc.prepareStatement(
                """
                select a.id, a.body_id, b.name, a.subject, a.received_on, p.published_on, p.published_at,
                       (select count(*) from point x where x.advice_id = a.id) as points""" + where + " order by p.published_on desc, p.published_at desc, a.id desc"
                        + PagedQuery.limitAndOffset(page),
                statement -> {
                    statement.setObject(1, today);
                    if (bodyId != null) {
                        statement.setLong(2, bodyId);
                    }
                    ResultSet rows = statement.executeQuery();
                    List<PublishedAdvice> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new PublishedAdvice(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                redactions.publicText(rows.getLong(1)).apply(rows.getString(4)),
                                rows.getDate(5).toLocalDate(),
                                rows.getDate(6).toLocalDate(),
                                rows.getTimestamp(7).toInstant(),
                                rows.getInt(8)));
                    }
                    return result;
                });
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /** Whether the public may see this advice now. */
    @Transactional(readOnly = true)
    public boolean isPublic(long adviceId) {
        return publications
                        .findInForce(adviceId)
                        .filter(p -> !p.publishedOn().isAfter(LocalDate.now(clock)))
                        .isPresent()
                && advices.get(adviceId).status() == AdviceStatus.ANSWERED;
    }
}
