package nl.adviestracker.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The second factor: a TOTP app (RFC 6238) with ten single-use recovery codes. Required for admins and for
 * staff and managers who sign in with a password; members may enrol. Runs in the user's organisation
 * (rows of {@code totp_credential} and {@code recovery_code} are under row-level security).
 */
@Singleton
public class TwoFactor {

    /** The demo data's accounts, whose password ("demo") is in the README: exempt while demo data is on. */
    static final Set<String> DEMO_ACCOUNTS = Set.of("asdg", "beleid", "manager", "admin", "landelijk");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final boolean demoData;

    TwoFactor(JdbcOperations jdbc, Clock clock, @Value("${adviestracker.demo-data:false}") boolean demoData) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoData = demoData;
    }

    /**
     * Whether this account must use a second factor to sign in with its password: everyone but the body's
     * members (admins, managers, staff, the super-admin). Staff who sign in through their organisation's
     * OpenID provider have no password here; their provider asks for its own second factor.
     */
    public boolean requiredFor(User user) {
        if (demoData && DEMO_ACCOUNTS.contains(user.username())) {
            return false;
        }
        return user.role() != Role.ASDG;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return jdbc.prepareStatement(
                "select 1 from totp_credential where user_id = ? and confirmed_at is not null", statement -> {
                    statement.setLong(1, userId);
                    return statement.executeQuery().next();
                });
    }

    /** The secret an enrolment shows; a new one each time it starts again, until a code confirms it. */
    @Transactional
    public String startEnrolment(long userId) {
        if (enrolled(userId)) {
            throw new IllegalStateException("user " + userId + " already has a second factor");
        }
        String secret = Totp.newSecret();
        jdbc.prepareStatement("""
                insert into totp_credential (user_id, secret) values (?, ?)
                on conflict (user_id) do update set secret = excluded.secret, last_step = 0, created_at = now()""", statement -> {
            statement.setLong(1, userId);
            statement.setString(2, secret);
            return statement.executeUpdate();
        });
        return secret;
    }

    /** The secret of an enrolment that is not yet confirmed, to show it again after a wrong code. */
    @Transactional(readOnly = true)
    public Optional<String> pendingSecret(long userId) {
        return jdbc.prepareStatement(
                "select secret from totp_credential where user_id = ? and confirmed_at is null", statement -> {
                    statement.setLong(1, userId);
                    ResultSet rows = statement.executeQuery();
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                });
    }

    /** Confirms the enrolment with a code from the app; answers the recovery codes, shown this once. */
    @Transactional
    public Optional<List<String>> confirm(long userId, String code) {
        Optional<String> secret = pendingSecret(userId);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, clock.instant(), 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.prepareStatement(
                "update totp_credential set confirmed_at = ?, last_step = ? where user_id = ?", statement -> {
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setLong(2, step.getAsLong());
                    statement.setLong(3, userId);
                    return statement.executeUpdate();
                });
        return Optional.of(newRecoveryCodes(userId));
    }

    /**
     * Checks a code at sign-in: a TOTP code of now that is newer than the last one accepted, or an unused
     * recovery code (which is then used up). A code once accepted is never accepted again.
     */
    @Transactional
    public boolean verify(long userId, String code) {
        Optional<String[]> credential = jdbc.prepareStatement(
                "select secret, last_step from totp_credential where user_id = ? and confirmed_at is not null for update",
                statement -> {
                    statement.setLong(1, userId);
                    ResultSet rows = statement.executeQuery();
                    return rows.next()
                            ? Optional.of(new String[] {rows.getString(1), String.valueOf(rows.getLong(2))})
                            : Optional.<String[]>empty();
                });
        if (credential.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(
                credential.get()[0],
                code,
                clock.instant(),
                Long.parseLong(credential.get()[1]));
        if (step.isPresent()) {
            jdbc.prepareStatement("update totp_credential set last_step = ? where user_id = ?", statement -> {
                statement.setLong(1, step.getAsLong());
                statement.setLong(2, userId);
                return statement.executeUpdate();
            });
            return true;
        }
        return useRecoveryCode(userId, code);
    }

    private boolean useRecoveryCode(long userId, String code) {
        String given = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (given.length() != 11) {
            return false;
        }
        return jdbc.prepareStatement(
                        "update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                        statement -> {
                            statement.setTimestamp(1, Timestamp.from(clock.instant()));
                            statement.setLong(2, userId);
                            statement.setString(3, Tokens.hash(given));
                            return statement.executeUpdate();
                        })
                == 1;
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.prepareStatement("delete from recovery_code where user_id = ?", statement -> {
            statement.setLong(1, userId);
            return statement.executeUpdate();
        });
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            codes.add(code.toString());
            jdbc.prepareStatement("insert into recovery_code (user_id, code_hash) values (?, ?)", statement -> {
                statement.setLong(1, userId);
                statement.setString(2, Tokens.hash(code.toString()));
                return statement.executeUpdate();
            });
        }
        return codes;
    }
}
