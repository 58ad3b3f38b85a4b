package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/**
 * Advice requests: staff ask a body for advice, the body's members see what is asked of them and by
 * when, and the advice they send answers the request.
 */
@Singleton
public class AdviceRequests {

    static final int MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;

    /** A stored draft document. */
    public record Document(String fileName, String contentType, byte[] content) {}

    private final AdviceRequestRepository requests;
    private final AdvisoryBodyRepository bodies;
    private final AdviceRegister advices;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AdviceRequests(
            AdviceRequestRepository requests,
            AdvisoryBodyRepository bodies,
            AdviceRegister advices,
            JdbcOperations jdbc,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.bodies = bodies;
        this.advices = advices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Requests this user may see, soonest needed first: members those of their own body, staff all.
     *
     * @param status {@code open} (members' default), {@code answered}, {@code withdrawn}, or null for all
     */
    public List<RequestView> list(SignedInUser user, @Nullable String status, @Nullable Long bodyId) {
        AdviceRequestStatus wanted = parseStatus(status == null && user.role() == Role.ASDG ? "open" : status);
        Long body = user.role() == Role.ASDG ? user.bodyId() : bodyId;
        List<AdviceRequest> found =
                body == null ? requests.listOrderByNeededBy() : requests.findByBodyIdOrderByNeededBy(body);
        Map<Long, String> names =
                bodies.listOrderByName().stream().collect(Collectors.toMap(AdvisoryBody::id, AdvisoryBody::name));
        return found.stream()
                .filter(r -> wanted == null || r.status() == wanted)
                .map(r -> view(r, names.get(r.bodyId())))
                .toList();
    }

    public RequestView get(long id, SignedInUser user) {
        return view(readable(id, user));
    }

    @Transactional
    public RequestView create(RequestInput input) {
        AdvisoryBody body = body(input.bodyId());
        body.requireOpen("bodyId");
        LocalDate requestedOn = input.requestedOn() == null ? LocalDate.now(clock) : input.requestedOn();
        checkDates(requestedOn, input);
        DocumentBytes document = decode(input.document());
        AdviceRequest saved = requests.save(new AdviceRequest(
                null,
                body.id(),
                input.subject().strip(),
                input.question().strip(),
                requestedOn,
                input.neededBy(),
                blankToNull(input.decision()),
                input.decisionOn(),
                blankToNull(input.department()),
                AdviceRequestStatus.OPEN,
                null,
                null,
                null,
                null,
                audit.actor(),
                null,
                null,
                null));
        if (document != null) {
            storeDocument(saved.id(), document);
            saved = find(saved.id());
        }
        audit.created("advice_request", saved.id(), null, saved);
        return view(saved);
    }

    @Transactional
    public RequestView update(long id, RequestInput input) {
        AdviceRequest current = find(id);
        Versions.requireCurrent(input.version(), current.version(), "Deze adviesaanvraag", view(current));
        current.requireOpen();
        AdvisoryBody body = body(input.bodyId());
        LocalDate requestedOn = input.requestedOn() == null ? current.requestedOn() : input.requestedOn();
        checkDates(requestedOn, input);
        DocumentBytes document = decode(input.document());
        requests.update(
                id,
                current.version(),
                body.id(),
                input.subject().strip(),
                input.question().strip(),
                requestedOn,
                input.neededBy(),
                blankToNull(input.decision()),
                input.decisionOn(),
                blankToNull(input.department()));
        AdviceRequest changed = find(id);
        if (document != null) {
            storeDocument(id, document);
            changed = find(id);
        }
        audit.updated("advice_request", id, null, current, changed);
        return view(changed);
    }

    @Transactional
    public RequestView withdraw(long id, Integer version) {
        AdviceRequest current = find(id);
        Versions.requireCurrent(version, current.version(), "Deze adviesaanvraag", view(current));
        return view(move(current, current.withdraw()));
    }

    /** The advice answers the request: same body, solicited, not yet answering another request. */
    @Transactional
    public RequestView answer(long id, long adviceId, SignedInUser user) {
        AdviceRequest current = readable(id, user);
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (user.role() == Role.ASDG && !user.isAsdgMemberOf(current.bodyId())) {
            throw AdviceAccess.forbidden(
                    "Alleen leden van het gevraagde adviesorgaan kunnen deze aanvraag beantwoorden.");
        }
        AdviceRequest answered = current.answerWith(adviceId);
        if (!advice.bodyId().equals(current.bodyId())) {
            throw ProblemException.invalid(
                    "adviceId", "het advies komt van een ander adviesorgaan dan aan wie het is gevraagd");
        }
        if (advice.kind() != AdviceKind.SOLICITED) {
            throw ProblemException.invalid("adviceId", "een advies op een aanvraag is een gevraagd advies (SOLICITED)");
        }
        requests.findByAdviceId(adviceId).ifPresent(other -> {
            throw ProblemException.invalid("adviceId", "dit advies beantwoordt al adviesaanvraag " + other.id());
        });
        return view(move(current, answered));
    }

    private AdviceRequest move(AdviceRequest current, AdviceRequest moved) {
        long id = current.id();
        long rows = requests.move(
                id, current.version(), current.status().name(), moved.status().name(), moved.adviceId());
        if (rows != 1) {
            throw ProblemException.staleVersion("Deze adviesaanvraag", view(find(id)));
        }
        AdviceRequest changed = find(id);
        audit.updated("advice_request", id, changed.adviceId(), current, changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public Document document(long id, SignedInUser user) {
        AdviceRequest request = readable(id, user);
        if (request.documentName() == null) {
            throw ProblemException.notFound("Het document bij adviesaanvraag " + id);
        }
        byte[] content = jdbc.prepareStatement("select document from advice_request where id = ?", statement -> {
            statement.setLong(1, id);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getBytes(1);
        });
        return new Document(request.documentName(), request.documentType(), content);
    }

    private AdviceRequest readable(long id, SignedInUser user) {
        AdviceRequest request = find(id);
        if (!user.isStaff() && !user.isAsdgMemberOf(request.bodyId())) {
            throw ProblemException.notFound("Adviesaanvraag " + id);
        }
        return request;
    }

    private AdviceRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> ProblemException.notFound("Adviesaanvraag " + id));
    }

    private AdvisoryBody body(Long bodyId) {
        return bodies.findById(bodyId)
                .orElseThrow(() -> ProblemException.invalid("bodyId", "adviesorgaan " + bodyId + " bestaat niet"));
    }

    private RequestView view(AdviceRequest request) {
        return view(
                request,
                bodies.findById(request.bodyId()).map(AdvisoryBody::name).orElse(""));
    }

    private RequestView view(AdviceRequest r, String bodyName) {
        LocalDate today = LocalDate.now(clock);
        return new RequestView(
                r.id(),
                r.bodyId(),
                bodyName,
                r.subject(),
                r.question(),
                r.requestedOn(),
                r.neededBy(),
                r.decision(),
                r.decisionOn(),
                r.department(),
                r.status(),
                r.status() == AdviceRequestStatus.OPEN,
                r.adviceId(),
                r.isOverdue(today),
                ChronoUnit.DAYS.between(today, r.neededBy()),
                r.documentName(),
                r.documentType(),
                r.documentSize(),
                r.documentName() == null ? null : "/api/requests/" + r.id() + "/document",
                r.createdBy(),
                r.version());
    }

    /** Name, type, size and content in one statement, as the table's check wants them together. */
    private void storeDocument(long id, DocumentBytes document) {
        jdbc.prepareStatement(
                "update advice_request set document = ?, document_name = ?, document_type = ?, "
                        + "document_size = ? where id = ?",
                statement -> {
                    statement.setBytes(1, document.bytes());
                    statement.setString(2, document.name());
                    statement.setString(3, document.type());
                    statement.setInt(4, document.bytes().length);
                    statement.setLong(5, id);
                    return statement.executeUpdate();
                });
    }

    private record DocumentBytes(String name, String type, byte[] bytes) {}

    static @Nullable DocumentBytes decode(RequestInput.@Nullable DocumentInput input) {
        if (input == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(input.contentBase64());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("document.contentBase64", "is geen geldige base64");
        }
        return checked(input.fileName(), input.contentType(), bytes);
    }

    static DocumentBytes checked(String fileName, @Nullable String contentType, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_DOCUMENT_BYTES) {
            throw ProblemException.invalid("document", "moet tussen 1 byte en 15 MB zijn");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        return new DocumentBytes(fileName.strip(), type, bytes);
    }

    private static void checkDates(LocalDate requestedOn, RequestInput input) {
        if (input.neededBy().isBefore(requestedOn)) {
            throw ProblemException.invalid("neededBy", "ligt vóór de datum van de aanvraag");
        }
        if (input.decisionOn() != null && input.decisionOn().isBefore(input.neededBy())) {
            throw ProblemException.invalid("decisionOn", "ligt vóór de datum waarop het advies nodig is");
        }
    }

    private static @Nullable AdviceRequestStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AdviceRequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "kies uit open, answered, withdrawn");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
