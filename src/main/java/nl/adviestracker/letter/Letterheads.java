package nl.adviestracker.letter;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.organisation.Organisation;
import nl.adviestracker.organisation.Organisations;

/**
 * Where each part of a letter's letterhead comes from, with its default when the source is empty:
 *
 * <ul>
 *   <li>department and portfolio holder: the advice; blank prints "-" and leaves the portfolio line out;
 *   <li>phone: the letter's own text, else the organisation's phone, else "-";
 *   <li>the signing body ("burgemeester en wethouders van Groningen,"): the organisation's college name;
 *   <li>signatories, return address and logo: the organisation's settings; none when not set;
 *   <li>the organisation's name: the PDF's author.
 * </ul>
 *
 * The configuration's phone and signatories ({@link LetterSettings}) are the default organisation's values
 * only, for a deployment that set them before organisations had their own letterhead.
 */
@Singleton
class Letterheads {

    /** The organisation that held every letter before there were several: the configuration is its default. */
    static final long DEFAULT_ORGANISATION = 1L;

    private final Organisations organisations;
    private final LetterSettings settings;

    Letterheads(Organisations organisations, LetterSettings settings) {
        this.organisations = organisations;
        this.settings = settings;
    }

    /** The letterhead of the organisation at hand for letters about this advice. */
    Letterhead of(Advice advice) {
        return of(current(), advice);
    }

    /** The organisation at hand: the signed-in user's, or the one a job runs for. */
    Organisation current() {
        return organisations.current().orElseGet(this::fromSettings);
    }

    /** The letterhead of the given organisation's settings, for an advice (department, portfolio holder). */
    Letterhead of(Organisation organisation, Advice advice) {
        return of(organisation, advice.department(), advice.portfolioHolder());
    }

    /** The letterhead of the organisation at hand for a document about no one advice (a report): no department. */
    Letterhead ofOrganisation() {
        return of(current(), null, null);
    }

    private Letterhead of(Organisation organisation, String department, String portfolioHolder) {
        return new Letterhead(
                new LetterModel.Sender(
                        organisation.name(),
                        portfolioHolder,
                        lines(organisation.postalAddress()),
                        organisation.logoReference()),
                department(department),
                phone(organisation),
                signingBody(organisation.collegeName()),
                signatories(organisation));
    }

    /** The default organisation as the configuration describes it, for work outside any organisation. */
    private Organisation fromSettings() {
        return new Organisation(
                DEFAULT_ORGANISATION,
                LetterModel.Sender.DEFAULT.organisation(),
                "groningen",
                settings.signingBody(),
                settings.phone(),
                null,
                settings.signatories(),
                null,
                null,
                null,
                0);
    }

    private String phone(Organisation organisation) {
        if (organisation.phone() != null && !organisation.phone().isBlank()) {
            return organisation.phone().strip();
        }
        return organisation.id() == DEFAULT_ORGANISATION ? settings.phone() : null;
    }

    private List<LetterModel.Signatory> signatories(Organisation organisation) {
        List<String> configured = organisation.signatories();
        if (configured.isEmpty() && organisation.id() == DEFAULT_ORGANISATION) {
            configured = settings.signatories();
        }
        List<LetterModel.Signatory> signatories = new ArrayList<>();
        for (String signatory : configured) {
            int colon = signatory.indexOf(':');
            if (colon > 0) {
                signatories.add(new LetterModel.Signatory(
                        signatory.substring(0, colon).strip(),
                        signatory.substring(colon + 1).strip()));
            }
        }
        return signatories;
    }

    /** "burgemeester en wethouders van Groningen," with the comma the greeting's line ends in. */
    static String signingBody(String collegeName) {
        String name = collegeName == null ? "" : collegeName.strip();
        if (name.isEmpty()) {
            return LetterModel.DEFAULT_SIGNING_BODY;
        }
        return name.endsWith(",") ? name : name + ",";
    }

    /** The letterhead prints "Afdeling" itself. */
    static String department(String department) {
        String d = department == null ? "" : department.strip();
        return d.regionMatches(true, 0, "Afdeling ", 0, 9) ? d.substring(9).strip() : d;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * The parts of a letter's letterhead that do not depend on the letter's own texts.
     *
     * @param phone the organisation's phone; null: the letter prints "-" unless its own text gives one
     */
    record Letterhead(
            LetterModel.Sender sender,
            String department,
            String phone,
            String signingBody,
            List<LetterModel.Signatory> signatories) {

        /** Puts this letterhead on a letter being built; the letter's own phone wins over the organisation's. */
        LetterModel.Builder applyTo(LetterModel.Builder letter, String ownPhone) {
            letter.sender(sender)
                    .department(department)
                    .phone(ownPhone == null || ownPhone.isBlank() ? phone : ownPhone)
                    .signingBody(signingBody);
            signatories.forEach(s -> letter.signatory(s.role(), s.name()));
            return letter;
        }

        /** The same, as the follow-up letter prints it. */
        LetterheadView view(
                String subject,
                String advisoryBody,
                String attention,
                List<String> addressLines,
                String ourReference,
                String date,
                String theirLetterDate,
                String theirReference) {
            return new LetterheadView(
                    sender.organisation(),
                    LetterView.orNone(department),
                    LetterView.blankToEmpty(sender.portfolioHolder()),
                    subject,
                    advisoryBody,
                    LetterView.attentionLine(attention),
                    addressLines,
                    String.join(", ", sender.returnAddress()),
                    LetterView.blankToEmpty(sender.logo()),
                    LetterView.orNone(phone),
                    LetterView.NONE,
                    ourReference,
                    date,
                    theirLetterDate,
                    theirReference,
                    LetterModel.DEFAULT_GREETING,
                    signingBody,
                    LetterView.signatories(signatories));
        }
    }
}
