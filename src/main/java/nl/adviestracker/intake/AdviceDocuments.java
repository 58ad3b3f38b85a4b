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
 * The documents kept with advices. An upload is kept as an {@code intake_upload} while its owner reviews
 * the proposed split (so nobody uploads twice); confirming the review records the advice and moves the
 * document to {@code advice_document}, byte for byte. Staff attach further documents to an advice (the
 * original letters of an advice imported from earlier years): accepted as intake accepts an upload.
 */
@Singleton
public class AdviceDocuments {

    /** How long an upload that was never confirmed is kept. */
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final JdbcOperations jdbc;
    private final AdviceRegister advices;
    private final DocumentReader reader;
    private final AuditLog audit;
    private final Clock clock;

    AdviceDocuments(JdbcOperations jdbc, AdviceRegister advices, DocumentReader reader, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.advices = advices;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** A document kept with an advice, without its bytes. */
    @Serdeable
    public record Kept(
            long id,
            long adviceId,
            DocumentKind kind,
            String filename,
            String contentType,
            long size,
            Instant uploadedAt) {

        public String kindDutch() {
            return kind.dutch();
        }
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

    /**
     * Keeps a document with an advice, by staff who may read it: a PDF, Word document, e-mail, text or scan
     * within intake's size limit, recognised by its content; refused naming {@code file} or {@code kind}.
     */
    @Transactional
    public Kept attach(
            SignedInUser user,
            long adviceId,
            @Nullable DocumentKind kind,
            byte @Nullable [] bytes,
            @Nullable String filename,
            @Nullable String contentType) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen beleidsmedewerkers voegen documenten toe aan een advies.");
        }
        if (kind == null) {
            throw ProblemException.invalid("kind", "is verplicht: kies wat voor stuk het is");
        }
        if (bytes == null) {
            throw IntakeProblems.missing();
        }
        DocumentFormat format = reader.recognise(bytes, filename, contentType);
        String name = cleanFilename(filename, format);
        String type = contentType(format, bytes);
        Instant now = clock.instant();
        long id = jdbc.prepareStatement("""
                insert into advice_document (advice_id, kind, filename, content_type, bytes, size, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", statement -> {
            statement.setLong(1, adviceId);
            statement.setString(2, kind.name());
            statement.setString(3, name);
            statement.setString(4, type);
            statement.setBytes(5, bytes);
            statement.setLong(6, bytes.length);
            statement.setLong(7, user.userId());
            statement.setTimestamp(8, Timestamp.from(now));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        Kept kept = new Kept(id, adviceId, kind, name, type, bytes.length, now);
        audit.record("CREATED", "advice_document", id, adviceId, null, kept);
        return kept;
    }

    /** The documents of an advice this user may read, oldest first: the body's own, and the college's once visible. */
    @Transactional(readOnly = true)
    public java.util.List<Kept> list(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        boolean college = AdviceAccess.mayReadResponses(user, advice);
        java.util.List<Kept> found = new java.util.ArrayList<>();
        jdbc.prepareStatement("""
                select id, kind, filename, content_type, size, uploaded_at from advice_document
                where advice_id = ? order by id""", statement -> {
            statement.setLong(1, adviceId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DocumentKind kind = DocumentKind.valueOf(rows.getString(2));
                    if (kind.bodysOwn() || college) {
                        found.add(new Kept(
                                rows.getLong(1),
                                adviceId,
                                kind,
                                rows.getString(3),
                                rows.getString(4),
                                rows.getLong(5),
                                rows.getTimestamp(6).toInstant()));
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** One document of an advice, if this user may read it (404 otherwise, as for one that does not exist). */
    @Transactional(readOnly = true)
    public StoredDocument document(SignedInUser user, long adviceId, long documentId) {
        boolean visible = list(user, adviceId).stream().anyMatch(d -> d.id() == documentId);
        if (!visible) {
            throw ProblemException.notFound("Document " + documentId + " bij advies " + adviceId);
        }
        return jdbc.prepareStatement("""
                select filename, content_type, bytes, size, uploaded_at from advice_document where id = ?""", statement -> {
            statement.setLong(1, documentId);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return new StoredDocument(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getBytes(3),
                    rows.getLong(4),
                    rows.getTimestamp(5).toInstant());
        });
    }

    /** The original document of an advice (the first the body's own), for whoever may read the advice. */
    @Transactional(readOnly = true)
    public StoredDocument document(SignedInUser user, long adviceId) {
        AdviceAccess.requireReadable(user, advices.get(adviceId));
        return jdbc.prepareStatement("""
                select filename, content_type, bytes, size, uploaded_at from advice_document
                where advice_id = ? and kind = 'ADVICE' order by id limit 1""", statement -> {
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

    /** Whether any document is kept with the advice. */
    @Transactional(readOnly = true)
    public boolean hasAny(long adviceId) {
        return jdbc.prepareStatement("select 1 from advice_document where advice_id = ?", statement -> {
            statement.setLong(1, adviceId);
            return statement.executeQuery().next();
        });
    }

    /** Whether the advice has its original (the body's own) document. */
    @Transactional(readOnly = true)
    public boolean hasDocument(long adviceId) {
        return jdbc.prepareStatement(
                "select 1 from advice_document where advice_id = ? and kind = 'ADVICE'", statement -> {
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
