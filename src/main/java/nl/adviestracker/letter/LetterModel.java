package nl.adviestracker.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.adviestracker.advice.PointReferences;

/**
 * Everything a reply letter of the college to an advisory body shows, in the order the letter shows
 * it. Texts are plain text, never markup: the templates escape them. Nothing here is computed at
 * rendering time from a clock, so the same model always gives the same letter.
 *
 * @param advisoryBody    name of the advisory body the letter is addressed to, first line of the
 *                        address block ("Adviesgroep Sociaal Domein Groningen")
 * @param attention       contact person the letter is for, shown as "t.a.v. D. Brouns"; null or blank
 *                        leaves the line out
 * @param addressLines    postal address lines below the contact, in order ("Postbus 30026",
 *                        "9700 RM GRONINGEN")
 * @param department      department that drafted the response, shown after "Afdeling" ("DMO Beleid")
 * @param subject         subject of the letter, in the letterhead after "Onderwerp" and in the footer
 *                        of every page
 * @param phone           phone number for questions about the letter ("(050) 367 51 67"); null or blank
 *                        shows "-"
 * @param attachments     titles of the attachments, shown after "Bijlage(n)"; empty shows "-"
 * @param ourReference    our letter number ("ons kenmerk"); null while the letter is a draft, shown empty
 *                        like the date, because both are given when the letter is sent
 * @param date            date of the letter; null for a draft, shown empty
 * @param theirLetterDate date of the advisory body's letter ("uw brief van"); null shows "-"
 * @param theirReference  the advisory body's letter number ("uw kenmerk"); null or blank shows "-"
 * @param salutation      first line of the letter ("Geachte lezer,")
 * @param opening         opening paragraph: thanks and context, before the responses
 * @param responses       the responses to the advice, one paragraph each, in the order of the points
 *                        they cover
 * @param closing         closing paragraph after the responses
 * @param greeting        the closing formula ("Met vriendelijke groet,")
 * @param signingBody     who signs, on the line below the greeting ("burgemeester en wethouders van
 *                        Groningen,")
 * @param signatories     the people who sign on behalf of the signing body, in order (burgemeester,
 *                        then secretaris)
 * @param draft           a draft, marked CONCEPT in every format; a final letter carries no mark
 * @param sender          the organisation the letter comes from: its name, the portfolio holder, its
 *                        return address and logo ({@link Sender#DEFAULT} when not told)
 * @param template        the template that lays the letter out: {@value LetterTemplates#REPLY}, a body's
 *                        variant of it ({@code reply-<variant>}) or {@value LetterTemplates#SUPPLEMENT}
 */
public record LetterModel(
        String advisoryBody,
        String attention,
        List<String> addressLines,
        String department,
        String subject,
        String phone,
        List<String> attachments,
        String ourReference,
        LocalDate date,
        LocalDate theirLetterDate,
        String theirReference,
        String salutation,
        String opening,
        List<ResponseEntry> responses,
        String closing,
        String greeting,
        String signingBody,
        List<Signatory> signatories,
        boolean draft,
        Sender sender,
        String template) {

    /** The default salutation when the letter is not addressed to a named person. */
    public static final String DEFAULT_SALUTATION = "Geachte lezer,";
    /** The usual closing formula. */
    public static final String DEFAULT_GREETING = "Met vriendelijke groet,";
    /** The college signs reply letters to advice. */
    public static final String DEFAULT_SIGNING_BODY = "burgemeester en wethouders van Groningen,";

    public LetterModel {
        Objects.requireNonNull(advisoryBody, "advisoryBody");
        addressLines = List.copyOf(Objects.requireNonNull(addressLines, "addressLines"));
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subject, "subject");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(salutation, "salutation");
        Objects.requireNonNull(opening, "opening");
        responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(signingBody, "signingBody");
        signatories = List.copyOf(Objects.requireNonNull(signatories, "signatories"));
        sender = sender == null ? Sender.DEFAULT : sender;
        template = template == null || template.isBlank() ? LetterTemplates.REPLY : template;
    }

    /** A reply letter from the default sender, laid out by the reply template. */
    public LetterModel(
            String advisoryBody,
            String attention,
            List<String> addressLines,
            String department,
            String subject,
            String phone,
            List<String> attachments,
            String ourReference,
            LocalDate date,
            LocalDate theirLetterDate,
            String theirReference,
            String salutation,
            String opening,
            List<ResponseEntry> responses,
            String closing,
            String greeting,
            String signingBody,
            List<Signatory> signatories,
            boolean draft) {
        this(
                advisoryBody,
                attention,
                addressLines,
                department,
                subject,
                phone,
                attachments,
                ourReference,
                date,
                theirLetterDate,
                theirReference,
                salutation,
                opening,
                responses,
                closing,
                greeting,
                signingBody,
                signatories,
                draft,
                Sender.DEFAULT,
                LetterTemplates.REPLY);
    }

    /**
     * The organisation a letter comes from, beyond who signs it.
     *
     * @param organisation    the organisation's name, the PDF's author ("Gemeente Groningen")
     * @param portfolioHolder the alderman responsible ("wethouder Mirjam Wijnja"), shown under the
     *                        department; null or blank leaves the line out
     * @param returnAddress   the organisation's postal address lines, shown small above the addressee
     *                        (the window envelope's return address); empty leaves it out
     * @param logo            a logo file in the templates' {@code logos/} folder ("groningen.png"); null:
     *                        no logo
     */
    public record Sender(String organisation, String portfolioHolder, List<String> returnAddress, String logo) {

        /** The default organisation's name without a portfolio holder, return address or logo. */
        public static final Sender DEFAULT = new Sender("Gemeente Groningen", null, List.of(), null);

        public Sender {
            Objects.requireNonNull(organisation, "organisation");
            portfolioHolder = portfolioHolder == null || portfolioHolder.isBlank() ? null : portfolioHolder.strip();
            returnAddress = returnAddress == null ? List.of() : List.copyOf(returnAddress);
            logo = logo == null || logo.isBlank() ? null : logo.strip();
        }
    }

    /** The same letter from another sender. */
    public LetterModel withSender(Sender other) {
        return new LetterModel(
                advisoryBody,
                attention,
                addressLines,
                department,
                subject,
                phone,
                attachments,
                ourReference,
                date,
                theirLetterDate,
                theirReference,
                salutation,
                opening,
                responses,
                closing,
                greeting,
                signingBody,
                signatories,
                draft,
                other,
                template);
    }

    /** The same letter laid out by another template. */
    public LetterModel withTemplate(String other) {
        return new LetterModel(
                advisoryBody,
                attention,
                addressLines,
                department,
                subject,
                phone,
                attachments,
                ourReference,
                date,
                theirLetterDate,
                theirReference,
                salutation,
                opening,
                responses,
                closing,
                greeting,
                signingBody,
                signatories,
                draft,
                sender,
                other);
    }

    /** A builder with the usual salutation, greeting and signing body already set. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The college's response to one or more points, as one paragraph of the letter: "paraphrase (punten
     * 1 t/m 4). text".
     *
     * @param paraphrase     the point(s) of the advice in the college's words, without final full stop
     *                       ("U vindt het belangrijk dat ... inzichtelijk zijn"); the point reference is
     *                       appended in brackets, or put where {@value #POINT_REFERENCE} stands ("De
     *                       intensieve aanpak in Noord {punten} moet nog verder gestalte krijgen"). May be
     *                       blank: the paragraph then starts with the reference ("Punt 5: ...").
     * @param pointReference the reference computed by {@link PointReferences} ("punten 1 t/m 4")
     * @param text           the college's answer, following the paraphrase in the same paragraph
     * @param reason         why the college departs from the advice (Awb 3:50), or null; the letter
     *                       prints it after the text unless the text already says it ({@link
     *                       #reasonToPrint()})
     */
    public record ResponseEntry(String paraphrase, String pointReference, String text, String reason) {

        /** Where the point reference goes inside a paraphrase, if not at its end. */
        public static final String POINT_REFERENCE = "{punten}";

        public ResponseEntry {
            paraphrase = paraphrase == null ? "" : paraphrase.strip();
            Objects.requireNonNull(pointReference, "pointReference");
            Objects.requireNonNull(text, "text");
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }

        /** A response that states no reason of its own (adopted, or the reason is in the text). */
        public ResponseEntry(String paraphrase, String pointReference, String text) {
            this(paraphrase, pointReference, text, null);
        }

        /** A response to the covered points of an advice whose points have the given labels, in order. */
        public static ResponseEntry covering(
                List<String> adviceLabels, Collection<String> coveredLabels, String paraphrase, String text) {
            return covering(adviceLabels, coveredLabels, paraphrase, text, null);
        }

        /** As {@link #covering(List, Collection, String, String)}, with the reason of a departure. */
        public static ResponseEntry covering(
                List<String> adviceLabels,
                Collection<String> coveredLabels,
                String paraphrase,
                String text,
                String reason) {
            return new ResponseEntry(paraphrase, PointReferences.of(adviceLabels, coveredLabels), text, reason);
        }

        /**
         * The reason as the letter prints it after the text: empty when there is none, or when the text
         * already contains it (whitespace aside), as in the seed letter, where the reason is part of the
         * paragraph.
         */
        public String reasonToPrint() {
            if (reason == null || normalise(text).contains(normalise(reason))) {
                return "";
            }
            String printed = reason;
            return endsWithPunctuation(printed) ? printed : printed + ".";
        }

        static String normalise(String s) {
            return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }

        /**
         * The opening sentence of the paragraph: the paraphrase with the point reference in brackets and a
         * full stop, "U vindt ... inzichtelijk zijn (punten 1 t/m 4).". A paraphrase ending in "?" or "!"
         * keeps it after the reference.
         */
        public String lead() {
            Lead lead = leadParts();
            return lead.before() + lead.reference() + lead.after();
        }

        /**
         * {@link #lead()} in three parts, so a template can keep the reference on one line: "U vindt ...
         * zijn ", "(punten 1 t/m 4)", ".".
         */
        Lead leadParts() {
            if (paraphrase.isEmpty()) {
                String capitalised = Character.toUpperCase(pointReference.charAt(0)) + pointReference.substring(1);
                return new Lead("", capitalised + ":", "");
            }
            String reference = "(" + pointReference + ")";
            int at = paraphrase.indexOf(POINT_REFERENCE);
            if (at >= 0) {
                String after =
                        paraphrase.substring(at + POINT_REFERENCE.length()).replace(POINT_REFERENCE, reference);
                if (!endsWithPunctuation(paraphrase)) {
                    after = after + ".";
                }
                return new Lead(paraphrase.substring(0, at), reference, after);
            }
            String body = paraphrase;
            String end = ".";
            if (endsWithPunctuation(body)) {
                end = body.substring(body.length() - 1);
                body = body.substring(0, body.length() - 1).stripTrailing();
            }
            return new Lead(body + " ", reference, end);
        }

        /** The opening sentence around the point reference, which includes its brackets. */
        record Lead(String before, String reference, String after) {}

        /** The whole paragraph as the letter shows it: {@link #lead()} followed by the text. */
        public String paragraph() {
            String paragraph = text.isBlank() ? lead() : lead() + " " + text.strip();
            String reason = reasonToPrint();
            return reason.isEmpty() ? paragraph : paragraph + " " + reason;
        }

        private static boolean endsWithPunctuation(String s) {
            return s.endsWith(".") || s.endsWith("?") || s.endsWith("!");
        }
    }

    /**
     * One person signing the letter.
     *
     * @param role the role as written above the name, without comma ("burgemeester", "secretaris")
     * @param name the full name ("Koen Schuiling")
     */
    public record Signatory(String role, String name) {
        public Signatory {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Builds a {@link LetterModel} step by step; see the record components for what each value means. */
    public static final class Builder {
        private String advisoryBody;
        private String attention;
        private List<String> addressLines = List.of();
        private String department;
        private String subject;
        private String phone;
        private List<String> attachments = List.of();
        private String ourReference;
        private LocalDate date;
        private LocalDate theirLetterDate;
        private String theirReference;
        private String salutation = DEFAULT_SALUTATION;
        private String opening;
        private final List<ResponseEntry> responses = new ArrayList<>();
        private String closing;
        private String greeting = DEFAULT_GREETING;
        private String signingBody = DEFAULT_SIGNING_BODY;
        private final List<Signatory> signatories = new ArrayList<>();
        private boolean draft;
        private Sender sender = Sender.DEFAULT;
        private String template = LetterTemplates.REPLY;

        private Builder() {}

        public Builder sender(Sender sender) {
            this.sender = sender;
            return this;
        }

        /** The template that lays the letter out; {@value LetterTemplates#REPLY} unless told. */
        public Builder template(String template) {
            this.template = template;
            return this;
        }

        /** Marks the letter CONCEPT; a letter is final unless told otherwise. */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder advisoryBody(String advisoryBody) {
            this.advisoryBody = advisoryBody;
            return this;
        }

        public Builder attention(String attention) {
            this.attention = attention;
            return this;
        }

        public Builder addressLines(String... addressLines) {
            this.addressLines = List.of(addressLines);
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder attachments(String... attachments) {
            this.attachments = List.of(attachments);
            return this;
        }

        public Builder ourReference(String ourReference) {
            this.ourReference = ourReference;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder theirLetterDate(LocalDate theirLetterDate) {
            this.theirLetterDate = theirLetterDate;
            return this;
        }

        public Builder theirReference(String theirReference) {
            this.theirReference = theirReference;
            return this;
        }

        public Builder salutation(String salutation) {
            this.salutation = salutation;
            return this;
        }

        public Builder opening(String opening) {
            this.opening = opening;
            return this;
        }

        public Builder response(ResponseEntry response) {
            this.responses.add(response);
            return this;
        }

        public Builder closing(String closing) {
            this.closing = closing;
            return this;
        }

        public Builder greeting(String greeting) {
            this.greeting = greeting;
            return this;
        }

        public Builder signingBody(String signingBody) {
            this.signingBody = signingBody;
            return this;
        }

        public Builder signatory(String role, String name) {
            this.signatories.add(new Signatory(role, name));
            return this;
        }

        public LetterModel build() {
            return new LetterModel(
                    advisoryBody,
                    attention,
                    addressLines,
                    department,
                    subject,
                    phone,
                    attachments,
                    ourReference,
                    date,
                    theirLetterDate,
                    theirReference,
                    salutation,
                    opening,
                    responses,
                    closing,
                    greeting,
                    signingBody,
                    signatories,
                    draft,
                    sender,
                    template);
        }
    }
}
