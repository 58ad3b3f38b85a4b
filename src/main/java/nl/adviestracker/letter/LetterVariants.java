package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.shared.Versions;

/**
 * Which variant of the reply template each advisory body's letters use ({@code advisory_body.letter_variant}):
 * none is the reply template itself; a variant is a file {@code letters/reply-<variant>.hbs}. A variant that
 * was chosen and later removed from {@code letters/} falls back to the reply template.
 */
@Singleton
public class LetterVariants {

    private final JdbcOperations jdbc;
    private final LetterRenderer renderer;
    private final AuditLog audit;

    LetterVariants(JdbcOperations jdbc, LetterRenderer renderer, AuditLog audit) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.audit = audit;
    }

    /** One body and its variant, with the body's version for optimistic locking. */
    @Serdeable
    public record BodyVariant(
            long bodyId, String bodyName, @Nullable String variant, int version) {}

    /** The variants that exist under {@code letters/}. */
    public List<String> available() {
        return renderer.templates().variants();
    }

    /** The template this body's reply letters use. */
    @Transactional(readOnly = true)
    public String templateOf(long bodyId) {
        String variant = find(bodyId).variant();
        return variant != null && available().contains(variant)
                ? LetterTemplates.replyTemplate(variant)
                : LetterTemplates.REPLY;
    }

    @Transactional(readOnly = true)
    public List<BodyVariant> list() {
        return jdbc.prepareStatement(
                "select id, name, letter_variant, version from advisory_body order by name", statement -> {
                    ResultSet rows = statement.executeQuery();
                    List<BodyVariant> all = new ArrayList<>();
                    while (rows.next()) {
                        all.add(new BodyVariant(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                    }
                    return all;
                });
    }

    @Transactional(readOnly = true)
    public BodyVariant find(long bodyId) {
        return jdbc.prepareStatement(
                "select id, name, letter_variant, version from advisory_body where id = ?", statement -> {
                    statement.setLong(1, bodyId);
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        throw ProblemException.notFound("Adviesorgaan " + bodyId);
                    }
                    return new BodyVariant(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4));
                });
    }

    /**
     * Lets a body's letters use a variant (null or blank: the reply template), by the organisation's admin;
     * refused for a variant that does not exist, or when someone else changed the body since {@code version}
     * was read.
     */
    @Transactional
    public BodyVariant choose(SignedInUser user, long bodyId, @Nullable String variant, @Nullable Integer version) {
        if (!user.isAdmin()) {
            throw new ProblemException(
                    ProblemStatus.FORBIDDEN, "Geen toegang", "Alleen de beheerder kiest de briefsjablonen.", List.of());
        }
        BodyVariant current = find(bodyId);
        Versions.requireCurrent(version, current.version(), "Dit adviesorgaan", current);
        String chosen = variant == null || variant.isBlank() ? null : variant.strip();
        if (chosen != null && !available().contains(chosen)) {
            throw ProblemException.invalid("variant", "bestaat niet: kies een van " + String.join(", ", available()));
        }
        int updated = jdbc.prepareStatement(
                "update advisory_body set letter_variant = ?, version = version + 1 where id = ? and version = ?",
                statement -> {
                    statement.setString(1, chosen);
                    statement.setLong(2, bodyId);
                    statement.setInt(3, current.version());
                    return statement.executeUpdate();
                });
        if (updated != 1) {
            throw ProblemException.staleVersion("Dit adviesorgaan", current);
        }
        BodyVariant changed = find(bodyId);
        audit.updated("advisory_body", bodyId, null, current, changed);
        return changed;
    }
}
