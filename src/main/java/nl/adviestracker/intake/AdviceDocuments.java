package nl.adviestracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/**
 * The documents advices are taken in from. An upload is kept as an {@code intake_upload} while its
 * owner reviews the proposed split (so nobody uploads twice); confirming the review records the
 * advice and moves the document to {@code advice_document}, byte for byte.
 */
@Singleton
public class AdviceDocuments {

    /** How long an upload that was never confirmed is kept. */
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final JdbcOperations jdbc;
    private final AdviceRegister advices;
    private final AuditLog audit;
    private final Clock clock;

    AdviceDocuments(JdbcOperations jdbc, AdviceRegister advices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.advices = advices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored document: what the user uploaded, exactly. */
    public record StoredDocument(String filename, String contentType, byte[] bytes, long size, Instant uploadedAt) {

        /** Always an attachment, never shown inline, so nothing uploaded can run on this site. */
        public String contentDisposition() {
            String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
            String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
            return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
        }
    }

    /** An upload awaiting review, without its bytes. */
    @Serdeable
    public record Upload(UUID id, String filename, long size) {}

    /** Keeps an upload that intake read successfully; forgets uploads nobody confirmed in time. */
    @Transactional
    public Upload keep(byte[] bytes, String filename, DocumentFormat format, long userId) {
        Instant now = clock.instant();
        jdbc.prepareStatement("delete from intake_upload where uploaded_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now.minus(UPLOAD_KEPT)));
            return statement.executeUpdate();
        });
        UUID id = UUID.randomUUID();
        String name = cleanFilename(filename, format);
        jdbc.prepareStatement("""
                insert into intake_upload (id, filename, content_type, bytes, size, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, id);
            statement.setString(2, name);
            statement.setString(3, contentType(format, bytes));
            statement.setBytes(4, bytes);
            statement.setLong(5, bytes.length);
            statement.setLong(6, userId);
            statement.setTimestamp(7, Timestamp.from(now));
            return statement.executeUpdate();
        });
        return new Upload(id, name, bytes.length);
    }

    /** This user's upload, if it is still kept. */
    @Transactional(readOnly = true)
    public Optional<Upload> upload(UUID id, long userId) {
        return jdbc.prepareStatement(
                "select filename, size from intake_upload where id = ? and uploaded_by = ?", statement -> {
                    statement.setObject(1, id);
                    statement.setLong(2, userId);
                    ResultSet rows = statement.executeQuery();
                    return rows.next()
                            ? Optional.of(new Upload(id, rows.getString(1), rows.getLong(2)))
                            : Optional.<Upload>empty();
                });
    }

    /**
     * Records the reviewed advice with its points and, when it came from an upload, keeps that
     * document with it; all or nothing.
     */
    @Transactional
    public Advice confirm(SignedInUser user, AdviceInput input, @Nullable UUID uploadId) {
        long userId = user.userId();
        Upload kept = uploadId == null
                ? null
                : upload(uploadId, userId)
                        .orElseThrow(
                                () -> ProblemException.invalid(
                                        "file",
                                        "Het geüploade document is niet meer beschikbaar (het wordt een dag bewaard). Lever het opnieuw aan."));
        Advice advice = advices.create(user, input);
        if (uploadId != null) {
            jdbc.prepareStatement("""
                    insert into advice_document (advice_id, filename, content_type, bytes, size, uploaded_by, uploaded_at)
                    select ?, filename, content_type, bytes, size, uploaded_by, uploaded_at
                    from intake_upload where id = ? and uploaded_by = ?""", statement -> {
                statement.setLong(1, advice.id());
                statement.setObject(2, uploadId);
                statement.setLong(3, userId);
                return statement.executeUpdate();
            });
            jdbc.prepareStatement("delete from intake_upload where id = ?", statement -> {
                statement.setObject(1, uploadId);
                return statement.executeUpdate();
            });
            audit.record("CREATED", "advice_document", advice.id(), advice.id(), null, kept);
        }
        return advice;
    }

    /** The original document of an advice, for whoever may read the advice. */
    @Transactional(readOnly = true)
    public StoredDocument document(SignedInUser user, long adviceId) {
        AdviceAccess.requireReadable(user, advices.get(adviceId));
        return jdbc.prepareStatement("""
                select filename, content_type, bytes, size, uploaded_at from advice_document where advice_id = ?""", statement -> {
            statement.setLong(1, adviceId);
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                throw ProblemException.notFound("Het oorspronkelijke document van advies " + adviceId);
            }
            return new StoredDocument(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getBytes(3),
                    rows.getLong(4),
                    rows.getTimestamp(5).toInstant());
        });
    }

    /** Whether the advice was taken in from a document. */
    @Transactional(readOnly = true)
    public boolean hasDocument(long adviceId) {
        return jdbc.prepareStatement("select 1 from advice_document where advice_id = ?", statement -> {
            statement.setLong(1, adviceId);
            return statement.executeQuery().next();
        });
    }

    /** The type of what intake recognised, never the type the browser claimed. */
    static String contentType(DocumentFormat format, byte[] bytes) {
        return switch (format) {
            case IMAGE -> bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 ? "image/png" : "image/jpeg";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case PDF -> "application/pdf";
            case EMAIL -> "message/rfc822";
            case TEXT -> "text/plain";
        };
    }

    /** The name without a path, control characters or excess length; a name when there was none. */
    static String cleanFilename(@Nullable String filename, DocumentFormat format) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "advies."
                    + switch (format) {
                        case DOCX -> "docx";
                        case PDF -> "pdf";
                        case EMAIL -> "eml";
                        case TEXT -> "txt";
                        case IMAGE -> "png";
                    };
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
