package nl.adviestracker.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;

/**
 * Corrections and supplements to the responses of a final letter ({@link Correction}). This is the only way a
 * response changes once its letter is final: the response itself stays as sent (see {@link
 * Advice#requireLetterNotFinal()}), and each change is a new dated record with who and why.
 */
@Singleton
public class Corrections {

    private static final String COLUMNS = "id, advice_id, response_id, kind, stance, text, reason, why, corrected_on, "
            + "created_by, created_at, letter_version_id";

    /** Why a correction is refused before the letter is final: the response itself can still be changed. */
    public static final String LETTER_NOT_FINAL =
            "De brief is nog niet definitief: wijzig de reactie zelf. Een correctie of aanvulling is er voor een "
                    + "verstuurde brief.";

    /** Why a correction is refused between final and sent: the letter goes out as approved, the correction after it. */
    public static final String LETTER_NOT_SENT =
            "De brief is definitief maar nog niet verstuurd: een correctie of aanvulling volgt na verzending, in een "
                    + "aanvullende brief.";

    private final JdbcOperations jdbc;
    private final AdviceRegister advices;
    private final Responses responses;
    private final AuditLog audit;
    private final Clock clock;

    Corrections(JdbcOperations jdbc, AdviceRegister advices, Responses responses, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.advices = advices;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every correction and supplement of an advice, oldest first. */
    /** The corrections of an advice, for a user who may read its responses (members: once the letter is sent). */
    @Transactional(readOnly = true)
    public List<Correction> list(SignedInUser user, long adviceId) {
        AdviceAccess.requireResponsesReadable(user, advices.get(adviceId));
        return list(adviceId);
    }

    /** The corrections of an advice, for a use case that has checked access itself. */
    @Transactional(readOnly = true)
    public List<Correction> list(long adviceId) {
        advices.get(adviceId);
        return query("select " + COLUMNS + " from response_correction where advice_id = ? order by id", adviceId);
    }

    /** Those not yet sent in a final supplementary letter. */
    @Transactional(readOnly = true)
    public List<Correction> pending(long adviceId) {
        return query(
                "select " + COLUMNS
                        + " from response_correction where advice_id = ? and letter_version_id is null order by id",
                adviceId);
    }

    /**
     * Records a correction or supplement, by staff who may read the advice; refused while the letter is not
     * sent (before final: change the response instead), for a response of another advice, for a correction
     * without a stance or a supplement with one, and for a departing stance without its reason.
     */
    @Transactional
    public Correction create(SignedInUser user, long adviceId, CorrectionInput input) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen beleidsmedewerkers leggen een correctie of aanvulling vast.");
        }
        if (advice.status() != AdviceStatus.ANSWERED) {
            throw ProblemException.conflict(advice.letterIsFinal() ? LETTER_NOT_SENT : LETTER_NOT_FINAL);
        }
        ResponseView response = responses.get(adviceId, input.responseId());
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == CorrectionKind.CORRECTION && input.stance() == null) {
            problems.add(new FieldProblem("stance", "is verplicht bij een correctie"));
        }
        if (input.kind() == CorrectionKind.SUPPLEMENT && input.stance() != null) {
            problems.add(new FieldProblem(
                    "stance", "hoort niet bij een aanvulling: het standpunt blijft; kies een correctie"));
        }
        Stance stance = input.stance() == null ? response.stance() : input.stance();
        String reason = blankToNull(input.reason());
        if (input.kind() == CorrectionKind.CORRECTION && stance.requiresReason() && reason == null) {
            problems.add(
                    new FieldProblem("reason", "is verplicht bij het standpunt '" + stance.dutch() + "' (Awb 3:50)"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate on = input.correctedOn() == null ? LocalDate.now(clock) : input.correctedOn();
        String actor = audit.actor();
        long id = jdbc.prepareStatement("""
                insert into response_correction (advice_id, response_id, kind, stance, text, reason, why, corrected_on,
                                                 created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", statement -> {
            statement.setLong(1, adviceId);
            statement.setLong(2, response.id());
            statement.setString(3, input.kind().name());
            statement.setString(
                    4, input.stance() == null ? null : input.stance().name());
            statement.setString(5, input.text().strip());
            statement.setString(6, reason);
            statement.setString(7, input.why().strip());
            statement.setDate(8, Date.valueOf(on));
            statement.setString(9, actor);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        Correction created = query("select " + COLUMNS + " from response_correction where id = ?", id)
                .get(0);
        audit.created("response_correction", id, adviceId, created);
        return created;
    }

    /** Marks the corrections as sent in the given final supplementary letter. */
    @Transactional
    public void markSent(Collection<Correction> corrections, long letterVersionId) {
        for (Correction correction : corrections) {
            int updated = jdbc.prepareStatement(
                    "update response_correction set letter_version_id = ?, version = version + 1 "
                            + "where id = ? and letter_version_id is null",
                    statement -> {
                        statement.setLong(1, letterVersionId);
                        statement.setLong(2, correction.id());
                        return statement.executeUpdate();
                    });
            if (updated != 1) {
                throw ProblemException.conflict(
                        "De correctie is intussen al met een andere aanvullende brief verstuurd.");
            }
        }
    }

    private List<Correction> query(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            ResultSet rows = statement.executeQuery();
            List<Correction> all = new ArrayList<>();
            while (rows.next()) {
                all.add(map(rows));
            }
            return all;
        });
    }

    private static Correction map(ResultSet rows) throws SQLException {
        String stance = rows.getString(5);
        long letter = rows.getLong(12);
        Long letterVersionId = rows.wasNull() ? null : letter;
        return new Correction(
                rows.getLong(1),
                rows.getLong(2),
                rows.getLong(3),
                CorrectionKind.valueOf(rows.getString(4)),
                stance == null ? null : Stance.valueOf(stance),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getDate(9).toLocalDate(),
                rows.getString(10),
                rows.getTimestamp(11).toInstant(),
                letterVersionId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
