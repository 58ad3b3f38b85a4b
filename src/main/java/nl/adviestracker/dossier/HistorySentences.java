package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.adviestracker.account.Role;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.audit.AuditEvent;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.followup.EvidenceKind;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.InformMeans;
import nl.adviestracker.intake.DocumentKind;
import nl.adviestracker.response.ReviewState;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.DutchDates;

/**
 * Turns the audit log's events into Dutch sentences with people's names: "Carla Bakker maakte de brief
 * definitief", and for each changed field a line with its label, before and after ("Reactie op punt 3:
 * standpunt van 'deels overgenomen' naar 'overgenomen'"). A kind of event it does not know still reads
 * as Dutch ("… wijzigde een onderdeel van het advies"): no table name, enum constant or username shows.
 */
final class HistorySentences {

    /** One event as the history shows it. */
    record Entry(String sentence, List<String> changes) {}

    private static final int LONGEST_VALUE = 80;

    /** Field labels in the order a change list shows them; fields not listed are bookkeeping. */
    private static final Map<String, String> LABELS = labels();

    private final Function<String, String> nameOf;
    private final Map<Long, String> pointLabels;
    private final FieldWords otherWords;

    /**
     * @param nameOf a user's name by username; returns null for an unknown one
     * @param pointLabels the advice's point labels by point id ("3", "2a"), in the advice's order
     * @param otherWords Dutch words for the values of fields other features own
     */
    HistorySentences(Function<String, @Nullable String> nameOf, Map<Long, String> pointLabels, FieldWords otherWords) {
        this.nameOf = nameOf;
        this.pointLabels = pointLabels;
        this.otherWords = otherWords;
    }

    Entry describe(AuditEvent event) {
        Map<String, Object> before = parse(event.before());
        Map<String, Object> after = parse(event.after());
        String who = who(event.actor());
        String action = event.action();
        String sentence = switch (event.entity()) {
            case "advice" -> adviceSentence(who, action, before, after);
            case "point" ->
                who + " " + verb(action, "voegde", "wijzigde", "verwijderde") + " "
                        + pointName(event.entityId(), before, after)
                        + (action.equals("CREATED") ? " toe" : "");
            case "response" ->
                who + " " + verb(action, "schreef", "wijzigde", "verwijderde") + " " + responseName(before, after);
            case "response_review" ->
                who
                        + switch (action) {
                            case "REVIEW_ASKED" -> " bood " + responseName(before, after) + " ter beoordeling aan";
                            case "APPROVED" -> " keurde " + responseName(before, after) + " goed";
                            default -> " stuurde " + responseName(before, after) + " terug";
                        }
                        + reasonClause(after.get("comment"));
            case "advice_lead" -> who + " maakte " + after.get("lead") + " trekker van het advies";
            case "point_assignment" ->
                who + " wees " + pointsName(after.get("pointIds")) + " toe aan " + after.get("assignee")
                        + ", uiterlijk " + dutchValue("dueOn", after.get("internalDueOn"), otherWords);
            case "followup" -> followUpSentence(who, action, before, after);
            case "followup_transition" ->
                who + " zette een toezegging van "
                        + quoted(dutchValue(
                                "status",
                                before.isEmpty() ? after.get("fromStatus") : before.get("fromStatus"),
                                otherWords))
                        + " naar " + quoted(dutchValue("status", after.get("toStatus"), otherWords))
                        + reasonClause(after.get("reason"));
            case "followup_note" -> who + " noteerde voortgang bij een toezegging";
            case "followup_due_date_move" ->
                who
                        + (after.get("newDueOn") == null
                                ? " liet de datum van een toezegging los"
                                : " verschoof de datum van een toezegging")
                        + (after.get("previousDueOn") == null
                                ? ""
                                : " (was " + dutchValue("dueOn", after.get("previousDueOn"), otherWords)
                                        + (after.get("newDueOn") == null
                                                ? ")"
                                                : ", nu " + dutchValue("dueOn", after.get("newDueOn"), otherWords)
                                                        + ")"))
                        + reasonClause(after.get("reason"));
            case "followup_evidence" ->
                action.equals("UPDATED")
                        ? who
                                + (Boolean.TRUE.equals(after.get("shownInPublic"))
                                        ? " toonde bewijs bij een toezegging op de openbare pagina"
                                        : " haalde bewijs bij een toezegging van de openbare pagina")
                        : who + " voegde bewijs toe aan een toezegging"
                                + (after.get("description") == null ? "" : ": " + shorten(after.get("description")));
            case "followup_milestone" ->
                (action.equals("UPDATED")
                                ? who + " legde vast dat een mijlpaal is bereikt"
                                : who + " plande een mijlpaal bij een toezegging")
                        + (after.get("description") == null ? "" : ": " + shorten(after.get("description")));
            case "followup_informed", "body_informed" ->
                who + " legde vast dat het adviesorgaan is geïnformeerd over een toezegging";
            case "publication" ->
                who + (action.equals("DELETED") ? " trok de openbaarmaking in" : " maakte het advies openbaar");
            case "letter_version" ->
                action.equals("FINALIZED")
                        ? who + " maakte de brief definitief"
                        : who + " bewaarde een versie van de brief"
                                + (after.get("number") == null ? "" : " (versie " + after.get("number") + ")");
            case "letter_text", "letter_texts" -> who + " wijzigde de teksten van de brief";
            case "letter_sent", "letter_dispatch" -> who + " legde vast dat de brief is verzonden";
            case "advice_document" ->
                after.get("kind") == null
                        ? who + " bewaarde het oorspronkelijke document bij het advies"
                        : who + " voegde een document toe aan het advies ("
                                + documentKind(after.get("kind")) + ")"
                                + (after.get("filename") == null ? "" : ": " + shorten(after.get("filename")));
            case "internal_note" ->
                who + verb(action, " schreef", " wijzigde", " verwijderde") + " een interne notitie";
            case "advice_due_date_extension" ->
                who + " verlengde de reactietermijn"
                        + (after.get("previousDueOn") == null
                                ? ""
                                : " van " + dutchValue("dueOn", after.get("previousDueOn"), otherWords) + " naar "
                                        + dutchValue("dueOn", after.get("newDueOn"), otherWords))
                        + reasonClause(after.get("reason"));
            default ->
                who + " " + verb(action, "voegde iets toe aan", "wijzigde", "verwijderde iets uit")
                        + (action.equals("UPDATED") || !isKnownAction(action) ? " een onderdeel van" : "")
                        + " het advies";
        };
        List<String> changes = action.equals("UPDATED") ? changes(event.entity(), before, after) : List.of();
        return new Entry(sentence, changes);
    }

    private String adviceSentence(String who, String action, Map<String, Object> before, Map<String, Object> after) {
        if (action.equals("CREATED")) {
            return who + " maakte het advies aan";
        }
        if (action.equals("DELETED")) {
            return who + " verwijderde het concept";
        }
        if ("DRAFT".equals(before.get("status")) && "RECEIVED".equals(after.get("status"))) {
            return who + " diende het advies in bij het college";
        }
        if ("ANSWERED".equals(after.get("status")) && !"ANSWERED".equals(before.get("status"))) {
            return who + " legde vast dat het advies is beantwoord";
        }
        if (!Objects.equals(before.get("responseDueOn"), after.get("responseDueOn"))) {
            return who + " verlengde de reactietermijn";
        }
        return who + " wijzigde de gegevens van het advies";
    }

    private String followUpSentence(String who, String action, Map<String, Object> before, Map<String, Object> after) {
        if (action.equals("CREATED")) {
            return who + " legde een toezegging vast"
                    + (after.get("description") == null ? "" : ": " + shorten(after.get("description")));
        }
        if (action.equals("DELETED")) {
            return who + " verwijderde een toezegging";
        }
        return who + " wijzigde een toezegging";
    }

    private List<String> changes(String entity, Map<String, Object> before, Map<String, Object> after) {
        String prefix = switch (entity) {
            case "response" -> capitalise(responseName(before, after)) + ": ";
            case "followup" -> "Toezegging: ";
            case "point" -> "";
            default -> "";
        };
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : LABELS.entrySet()) {
            String name = field.getKey();
            if (!before.containsKey(name) && !after.containsKey(name)) {
                continue;
            }
            Object was = before.get(name);
            Object is = after.get(name);
            if (Objects.equals(was, is)) {
                continue;
            }
            String label = field.getValue();
            String line = was == null || was.toString().isBlank()
                    ? label + " " + quoted(dutchValue(name, is, otherWords)) + " toegevoegd"
                    : is == null || is.toString().isBlank()
                            ? label + " " + quoted(dutchValue(name, was, otherWords)) + " weggehaald"
                            : label + " van " + quoted(dutchValue(name, was, otherWords)) + " naar "
                                    + quoted(dutchValue(name, is, otherWords));
            lines.add(prefix.isEmpty() ? capitalise(line) : prefix + line);
        }
        return lines;
    }

    private String who(String actor) {
        if (actor == null || actor.isBlank() || actor.equals(AuditLog.SYSTEM)) {
            return "Adviestracker";
        }
        String name = nameOf.apply(actor);
        return name == null || name.isBlank() ? "Een gebruiker" : name;
    }

    private String pointName(long id, Map<String, Object> before, Map<String, Object> after) {
        Object label = after.get("label") != null ? after.get("label") : before.get("label");
        if (label == null) {
            label = pointLabels.get(id);
        }
        return label == null ? "een punt" : "punt " + label;
    }

    /** "punt 3" or "punten 1 t/m 4" for the point ids a history entry names. */
    private String pointsName(Object ids) {
        List<String> labels = new ArrayList<>();
        if (ids instanceof List<?> list) {
            for (Object id : list) {
                String label = pointLabels.get(((Number) id).longValue());
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        if (labels.isEmpty()) {
            return "punten";
        }
        try {
            return PointReferences.of(new ArrayList<>(pointLabels.values()), labels);
        } catch (IllegalArgumentException e) {
            return (labels.size() == 1 ? "punt " : "punten ") + String.join(", ", labels);
        }
    }

    private String responseName(Map<String, Object> before, Map<String, Object> after) {
        Object ids = after.get("pointIds") != null ? after.get("pointIds") : before.get("pointIds");
        if (ids instanceof List<?> list && !list.isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (Object id : list) {
                String label = pointLabels.get(((Number) id).longValue());
                if (label != null) {
                    labels.add(label);
                }
            }
            if (!labels.isEmpty()) {
                try {
                    return "de reactie op " + PointReferences.of(new ArrayList<>(pointLabels.values()), labels);
                } catch (IllegalArgumentException e) {
                    return "de reactie op " + (labels.size() == 1 ? "punt " : "punten ") + String.join(", ", labels);
                }
            }
        }
        return "een reactie";
    }

    private static String verb(String action, String created, String updated, String deleted) {
        return switch (action) {
            case "CREATED" -> created;
            case "DELETED", "REVOKED" -> deleted;
            default -> updated;
        };
    }

    private static boolean isKnownAction(String action) {
        return action.equals("CREATED") || action.equals("UPDATED") || action.equals("DELETED");
    }

    private static String documentKind(Object kind) {
        String dutch = enumDutch(DocumentKind.class, kind.toString(), DocumentKind::dutch);
        return dutch == null ? "document" : dutch;
    }

    private static String reasonClause(@Nullable Object reason) {
        return reason == null || reason.toString().isBlank() ? "" : ", met als reden: " + shorten(reason);
    }

    /** A value as a person reads it: enums in Dutch, dates as "2 februari 2024", long texts shortened. */
    static String dutchValue(String field, @Nullable Object value, FieldWords otherWords) {
        if (value == null) {
            return "leeg";
        }
        String text = value.toString();
        String dutch = switch (field) {
            case "stance" -> enumDutch(Stance.class, text, Stance::dutch);
            case "status", "fromStatus", "toStatus" -> {
                String f = enumDutch(FollowUpStatus.class, text, FollowUpStatus::dutch);
                yield f != null ? f : enumDutch(AdviceStatus.class, text, AdviceStatus::dutch);
            }
            case "kind" -> {
                String a = enumDutch(AdviceKind.class, text, AdviceKind::dutch);
                String p = a != null ? a : enumDutch(PointKind.class, text, PointKind::dutch);
                yield p != null ? p : enumDutch(EvidenceKind.class, text, EvidenceKind::dutch);
            }
            case "means" -> enumDutch(InformMeans.class, text, InformMeans::dutch);
            case "role", "approverRole", "responseReviewerRole" -> enumDutch(Role.class, text, Role::dutch);
            case "reviewState" -> enumDutch(ReviewState.class, text, ReviewState::dutch);
            default -> otherWords.dutch(field, text);
        };
        if (dutch != null) {
            return dutch;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DutchDates.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return shorten(text);
    }

    private static <E extends Enum<E>> @Nullable String enumDutch(
            Class<E> type, String name, Function<E, String> dutch) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return dutch.apply(constant);
            }
        }
        return null;
    }

    private static String shorten(Object value) {
        String text = value.toString().strip().replaceAll("\\s+", " ");
        return text.length() <= LONGEST_VALUE
                ? text
                : text.substring(0, LONGEST_VALUE - 1).strip() + "…";
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(@Nullable String json) {
        if (json == null || json.isBlank() || !json.strip().startsWith("{")) {
            return Map.of();
        }
        try {
            Map<String, Object> map = ObjectMapper.getDefault().readValue(json, Map.class);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("subject", "onderwerp");
        labels.put("status", "status");
        labels.put("kind", "soort");
        labels.put("label", "nummer");
        labels.put("text", "tekst");
        labels.put("documentReference", "verwijzing naar het document");
        labels.put("stance", "standpunt");
        labels.put("paraphrase", "samenvatting");
        labels.put("reason", "reden");
        labels.put("description", "wat is toegezegd");
        labels.put("owner", "uitvoerder");
        labels.put("dueOn", "uiterlijk op");
        labels.put("receivedOn", "datum van ontvangst");
        labels.put("letterDatedOn", "datum van de brief");
        labels.put("responseDueOn", "antwoord uiterlijk");
        labels.put("theirReference", "kenmerk van het adviesorgaan");
        labels.put("ourReference", "ons kenmerk");
        labels.put("theme", "thema");
        labels.put("department", "afdeling");
        labels.put("portfolioHolder", "portefeuillehouder");
        labels.put("introduction", "inleiding");
        labels.put("conclusion", "slot");
        return labels;
    }
}
