package nl.adviestracker.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Passwords;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.Superadmins;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserRepository;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceRepository;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.assignment.Assignments;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.body.ProjectGroup;
import nl.adviestracker.body.ProjectGroupRepository;
import nl.adviestracker.body.ResponseTermUnit;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.letter.LetterTextInput;
import nl.adviestracker.letter.LetterTexts;
import nl.adviestracker.note.NoteInput;
import nl.adviestracker.note.Notes;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ASDG's advice on the concept uitvoeringsprogramma Brede aanpak armoede (2 februari 2024)
 * with the college's responses from the reply letter (seed 004), loaded once on an empty database.
 */
@Singleton
@Requires(property = "adviestracker.demo-data", value = "true", defaultValue = "true")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    public static final String BODY_NAME = "Adviesgroep Sociaal Domein Groningen";
    public static final String SUBJECT = "Concept uitvoeringsprogramma Brede aanpak armoede";
    public static final LocalDate RECEIVED = LocalDate.of(2024, 2, 2);

    /** The promise of point 7: first due before the summer, moved to the autumn with this reason. */
    public static final LocalDate NOORD_FIRST_DUE = LocalDate.of(2024, 7, 1);

    public static final LocalDate NOORD_MOVED_DUE = LocalDate.of(2024, 10, 1);
    public static final String NOORD_MOVE_REASON =
            "Het gebiedsteam Noord start de intensieve aanpak pas na de zomer; de eerste uitkomsten volgen in september.";

    private final AdvisoryBodyRepository bodies;
    private final ProjectGroupRepository groups;
    private final AdviceRepository adviceRepository;
    private final AdviceRegister advices;
    private final Responses responses;
    private final FollowUps followUps;
    private final UserRepository users;
    private final Superadmins superadmins;
    private final Passwords passwords;
    private final LetterTexts letterTexts;
    private final Assignments assignments;
    private final ResponseReviews reviews;
    private final Notes notes;
    private final AuditLog audit;

    DemoData(
            AdvisoryBodyRepository bodies,
            ProjectGroupRepository groups,
            AdviceRepository adviceRepository,
            AdviceRegister advices,
            Responses responses,
            FollowUps followUps,
            UserRepository users,
            Superadmins superadmins,
            Passwords passwords,
            LetterTexts letterTexts,
            Assignments assignments,
            ResponseReviews reviews,
            Notes notes,
            AuditLog audit) {
        this.notes = notes;
        this.audit = audit;
        this.superadmins = superadmins;
        this.bodies = bodies;
        this.groups = groups;
        this.adviceRepository = adviceRepository;
        this.advices = advices;
        this.responses = responses;
        this.followUps = followUps;
        this.users = users;
        this.passwords = passwords;
        this.letterTexts = letterTexts;
        this.assignments = assignments;
        this.reviews = reviews;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        OrganisationContext.within(OrganisationContext.DEFAULT_ORGANISATION, this::load);
        if (!superadmins.exist()) {
            superadmins.create("landelijk", "Eva Mulder (landelijk beheer)", "landelijk@demo.adviestracker.nl", "demo");
        }
    }

    /** Idempotent: what exists already is left alone. */
    @Transactional
    public void load() {
        AdvisoryBody asdg = bodies.findByShortName("ASDG")
                .orElseGet(() -> bodies.save(new AdvisoryBody(
                        null,
                        BODY_NAME,
                        "ASDG",
                        "D. Brouns",
                        "Postbus 30026\n9700 RM GRONINGEN",
                        "secretariaat@asdg.demo.adviestracker.nl",
                        6,
                        ResponseTermUnit.WEEKS,
                        null,
                        null)));
        for (String name : List.of("Armoede", "Jeugd", "Wmo", "Participatie")) {
            if (groups.findByBodyIdAndName(asdg.id(), name).isEmpty()) {
                groups.save(new ProjectGroup(null, asdg.id(), name));
            }
        }
        demoUser("asdg", "Anna de Vries (projectgroep Armoede)", Role.ASDG, asdg.id());
        demoUser("beleid", "Bram Jansen (DMO Beleid)", Role.STAFF, null);
        demoUser("manager", "Carla Bakker (teamleider)", Role.MANAGER, null);
        demoUser("admin", "Dirk Smit (beheer)", Role.ADMIN, null);
        if (adviceRepository.existsByBodyIdAndSubjectAndReceivedOn(asdg.id(), SUBJECT, RECEIVED)) {
            return;
        }
        ProjectGroup armoede = groups.findByBodyIdAndName(asdg.id(), "Armoede").orElseThrow();
        Advice advice = advices.create(new AdviceInput(
                asdg.id(),
                armoede.id(),
                SUBJECT,
                AdviceKind.SOLICITED,
                RECEIVED,
                null,
                null,
                "Armoede",
                "Afdeling DMO Beleid",
                null,
                null,
                null,
                "De projectgroep Armoede van de ASDG heeft de afgelopen maanden meegedacht over de ontwikkeling van het "
                        + "uitvoeringsprogramma Brede aanpak armoede. Wij waarderen dat verschillende van onze aanvullingen "
                        + "al in de loop van het proces zijn opgenomen. Hieronder geven wij ons advies op het concept.",
                "Wij blijven graag betrokken bij het onderwerp armoede en horen graag hoe ons advies wordt meegenomen.",
                AdviceStatus.RECEIVED,
                points(),
                null));
        List<Point> saved = advices.points(advice.id());
        ResponseView oneToFour = respond(
                advice.id(),
                saved.subList(0, 4),
                Stance.ALREADY_POLICY,
                RESPONSE_1_TO_4_PARAPHRASE,
                RESPONSE_1_TO_4,
                "De monitoring die we voor ogen hebben is daarom juist gericht op wat we bereiken met onze "
                        + "activiteiten. In het sociaal domein zijn veel factoren waar we geen invloed op hebben.");
        respond(
                advice.id(),
                saved.subList(4, 5),
                Stance.REFERRED,
                RESPONSE_5_PARAPHRASE,
                RESPONSE_5,
                "Maar buiten de directe kaders van dit programma hebben die andere aspecten alle aandacht, zoals in het "
                        + "onderwijskansenbeleid, in het Integraal Zorgakkoord en vooral ook in de vele activiteiten in "
                        + "wijken, buurten en dorpen.");
        respond(
                advice.id(),
                saved.subList(5, 6),
                Stance.PARTLY_ADOPTED,
                RESPONSE_6_PARAPHRASE,
                RESPONSE_6,
                "Voor het college is leidend dat we verschillende situaties verschillend kunnen benaderen. Hoewel we "
                        + "veel winst willen behalen met het vereenvoudigen en beter communiceren van regelingen, zien we "
                        + "maatwerk als mogelijkheid wanneer de reguliere dienstverlening niet voldoet, en beslist niet "
                        + "alleen in situaties waar iemand al diep in de problemen zit.");
        ResponseView noord = respond(
                advice.id(),
                saved.subList(6, 7),
                Stance.TAKEN_INTO_ACCOUNT,
                RESPONSE_7_PARAPHRASE,
                RESPONSE_7,
                "We zullen uw advies over preventie en bestrijding hierin meenemen.");
        letterTexts.save(
                advice.id(),
                new LetterTextInput(LETTER_SUBJECT, null, LETTER_OPENING, LETTER_CLOSING, null, null, null));
        promiseNoord(noord);
        divideTheWork(advice.id(), saved, oneToFour);
        // an internal note that mentions the policy officer: it shows the notes and the notifications at once
        SignedInUser manager = signedIn("manager");
        audit.actingAs(
                manager.username(),
                () -> notes.add(
                        manager,
                        advice.id(),
                        new NoteInput(
                                "@beleid, punt 7 wordt een toezegging. Wil jij met het gebiedsteam Noord afstemmen"
                                        + " wanneer we de ASDG over de uitkomst kunnen informeren?",
                                saved.get(6).id(),
                                null,
                                null,
                                null)));
        LOG.info("Demo data loaded: advice {} of the {}", advice.id(), BODY_NAME);
    }

    /**
     * The promise of point 7, whose date was moved once with its reason, through the rule's home
     * ({@code FollowUps.update}, {@code FollowUp.withDueOn}): the follow-up and the advice's history show the move.
     */
    private void promiseNoord(ResponseView noord) {
        String description = "Het advies van de ASDG over preventie en bestrijding meenemen in de intensieve aanpak in"
                + " Groningen-Noord en de ASDG over de uitkomst informeren.";
        String owner = "Afdeling DMO Beleid";
        FollowUpView promised =
                followUps.create(new FollowUpInput(noord.id(), description, owner, NOORD_FIRST_DUE, null, null, null));
        SignedInUser bram = signedIn("beleid");
        audit.actingAs(
                bram.username(),
                () -> followUps.update(
                        bram,
                        promised.id(),
                        new FollowUpInput(
                                noord.id(),
                                description,
                                owner,
                                NOORD_MOVED_DUE,
                                NOORD_MOVE_REASON,
                                null,
                                promised.version())));
    }

    /**
     * Who does what, through the same use cases as the screens: the teamleider leads the advice and drafts
     * points 5 to 7 herself; points 1 to 4 are Bram's, whose response to them waits for review. His internal
     * due date has passed, so "Mijn werk" shows it as late.
     */
    private void divideTheWork(long adviceId, List<Point> points, ResponseView oneToFour) {
        SignedInUser lead = signedIn("manager");
        SignedInUser bram = signedIn("beleid");
        audit.actingAs(lead.username(), () -> {
            assignments.chooseLead(lead, adviceId, lead.userId());
            assignments.assign(
                    lead,
                    adviceId,
                    points.subList(0, 4).stream().map(Point::id).toList(),
                    bram.userId(),
                    RECEIVED.plusWeeks(4));
            assignments.assign(
                    lead,
                    adviceId,
                    points.subList(4, 7).stream().map(Point::id).toList(),
                    lead.userId(),
                    RECEIVED.plusWeeks(5));
        });
        audit.actingAs(bram.username(), () -> reviews.askReview(bram, adviceId, oneToFour.id()));
    }

    private SignedInUser signedIn(String username) {
        User user = users.findForLogin(username).orElseThrow();
        return new SignedInUser(
                user.id(), user.username(), user.name(), user.role(), user.organisationId(), user.bodyId(), null);
    }

    /** One account per role, password {@code demo}; only ever created in demo mode. */
    private void demoUser(String username, String name, Role role, Long bodyId) {
        if (!users.usernameInUse(username)) {
            users.save(new User(
                    null,
                    username,
                    name,
                    username + "@demo.adviestracker.nl",
                    role,
                    null,
                    bodyId,
                    passwords.hash("demo"),
                    true,
                    null,
                    null,
                    null));
        }
    }

    private ResponseView respond(
            long adviceId, List<Point> covered, Stance stance, String paraphrase, String text, String reason) {
        return responses.create(
                adviceId,
                new ResponseInput(covered.stream().map(Point::id).toList(), stance, paraphrase, text, reason, null));
    }

    private static List<PointInput> points() {
        return List.of(
                point(
                        "1",
                        PointKind.RECOMMENDATION,
                        "Maak duidelijk wat het programma verstaat onder armoede en wanneer "
                                + "iemand 'uit de armoede' is. Zonder heldere definitie is niet vast te stellen of het programma werkt."),
                point(
                        "2",
                        PointKind.RECOMMENDATION,
                        "Formuleer per actielijn doelen die te volgen zijn, zodat raad en "
                                + "inwoners kunnen zien wat het programma moet bereiken."),
                point(
                        "3",
                        PointKind.QUESTION,
                        "Hoe stelt het college vast of de intensivering en verbetering van de "
                                + "dienstverlening inderdaad meer oplevert voor inwoners? Wij vragen om een beschrijving van de "
                                + "beoogde effecten."),
                point(
                        "4",
                        PointKind.RECOMMENDATION,
                        "Zorg voor monitoring die niet alleen de uitvoering van activiteiten "
                                + "volgt, maar ook laat zien of inwoners er in hun dagelijks leven op vooruitgaan."),
                point(
                        "5",
                        PointKind.OBSERVATION,
                        "Het programma richt zich op bestaanszekerheid, schulden en perspectief. "
                                + "Wij missen de bredere context van gezondheid, welzijn en weerbaarheid in de voorgenomen "
                                + "preventieve aanpak."),
                point(
                        "6",
                        PointKind.RECOMMENDATION,
                        "Maatwerk is waardevol, maar mag niet ten koste gaan van de "
                                + "rechtsgelijkheid. Leg vast binnen welke kaders maatwerk wordt geboden, bijvoorbeeld via het "
                                + "Doorbraaknetwerk, en hoe vergelijkbare situaties gelijk worden behandeld."),
                point(
                        "7",
                        PointKind.REQUEST,
                        "Betrek preventie en bestrijding van armoede nadrukkelijk bij de intensieve "
                                + "aanpak in Groningen-Noord, en betrek de ASDG bij de verdere uitwerking daarvan."));
    }

    private static PointInput point(String label, PointKind kind, String text) {
        return new PointInput(label, text, kind, null, null, null);
    }

    static final String LETTER_SUBJECT = "ASDG advies op het concept uitvoeringsprogramma Brede aanpak armoede";
    static final String LETTER_OPENING =
            "De afgelopen maanden is de projectgroep Armoede van de ASDG met ons in gesprek "
                    + "geweest over de ontwikkeling van het uitvoeringsprogramma Brede aanpak armoede. Op 2 februari 2024 hebt u "
                    + "ons uw advies op het uitvoeringsprogramma gegeven. Wij danken u hartelijk voor uw betrokkenheid en input. "
                    + "Zoals u aangeeft in uw advies hebben we al in de loop van het proces verschillende van uw aanvullingen "
                    + "kunnen opnemen, waardoor de activiteiten van het programma beter vorm hebben kunnen krijgen. Hieronder "
                    + "gaan we in op de punten van uw advies.";
    static final String LETTER_CLOSING =
            "Rest ons nog te zeggen dat wij ook van onze kant graag zien dat de ASDG betrokken blijft bij het onderwerp armoede.";

    static final String RESPONSE_1_TO_4_PARAPHRASE =
            "U vindt het belangrijk dat de definities, doelen en effecten goed inzichtelijk zijn";
    static final String RESPONSE_1_TO_4 =
            "Wanneer is iemand echt 'uit de armoede'? Hoe weten we dat we in de praktijk de "
                    + "juiste dingen doen? Hoe zien we of de intensivering en verbetering van onze dienstverlening inderdaad meer "
                    + "vruchten afwerpt? Dit is inderdaad belangrijk, juist bij een proces waarin de manier van werken en de "
                    + "bewustzijnsontwikkeling van professionals een centrale plek heeft. De monitoring die we voor ogen hebben is "
                    + "daarom juist gericht op wat we bereiken met onze activiteiten. In het sociaal domein zijn veel factoren waar "
                    + "we geen invloed op hebben. We kunnen nooit zonder meer vaststellen dat een positief effect in de loop van de "
                    + "tijd het resultaat is van onze inspanningen. Maar we brengen algemene ontwikkelingen en trends in kaart via "
                    + "een aantal bestaande monitoringsinstrumenten, waaronder de Armoedemonitor, de enquête Leefbaarheid & "
                    + "veiligheid en de Basismonitor. Daarnaast brengen we de resultaten in kaart van de verschillende activiteiten "
                    + "die we ondernemen zodat we kunnen aantonen dat de activiteiten in het programma de juiste zijn én dat we ze "
                    + "goed hebben uitgevoerd. Immers, omdat we vanuit de strategische doelen tactische en vervolgens operationele "
                    + "doelen hebben bepaald, zijn we ervan overtuigd dat succesvolle resultaten van onze activiteiten bijdragen aan "
                    + "onze ambities. Daarnaast waarderen we alle activiteiten op dezelfde manier. Zo zien we hoe ze zich tot elkaar "
                    + "verhouden en ook waar we voldoende of juist onvoldoende investeren.";
    static final String RESPONSE_5_PARAPHRASE = "U mist in het uitvoeringsprogramma de bredere context van gezondheid, "
            + "welzijn, weerbaarheid en dergelijke in onze voorgenomen preventieve aanpak";
    static final String RESPONSE_5 =
            "Deze aspecten van de leefwereld van mensen worden in dit programma inderdaad niet "
                    + "specifiek benoemd. Dit is, zoals u zelf ook aangeeft, omdat het gaat om het verbeteren van onze ondersteuning "
                    + "rond bestaanszekerheid, schulden en perspectief. Maar buiten de directe kaders van dit programma hebben die "
                    + "andere aspecten alle aandacht, zoals in het onderwijskansenbeleid, in het Integraal Zorgakkoord en vooral ook "
                    + "in de vele activiteiten in wijken, buurten en dorpen. In deze andere beleidsdomeinen wordt ook actief de "
                    + "samenwerking gezocht met inwoners en maatschappelijke partners.";
    static final String RESPONSE_6_PARAPHRASE =
            "Het streven naar maatwerk moet niet ten koste gaan van de rechtsgelijkheid, geeft u aan";
    static final String RESPONSE_6 = "Inderdaad is Doorbraaknetwerk een methodiek op basis waarvan we maatwerk "
            + "gelegitimeerd kunnen bieden, en waarbij we ook leren zodat we eventueel ons beleid kunnen aanpassen. Toch is "
            + "deze legitimatie voor ons geen wet van meden en perzen. De Toeslagenaffaire heeft laten zien hoe mis het kan "
            + "lopen als je niet voorop stelt waar het uiteindelijk om gaat: die mens die ondersteuning nodig heeft. Voor het "
            + "college is leidend dat we verschillende situaties verschillend kunnen benaderen. Hoewel we veel winst willen "
            + "behalen met het vereenvoudigen en beter communiceren van regelingen, zien we maatwerk als mogelijkheid wanneer "
            + "de reguliere dienstverlening niet voldoet, en beslist niet alleen in situaties waar iemand al diep in de "
            + "problemen zit. Daar waar nodig om mensen te helpen schrikken we er niet voor terug de grenzen op te zoeken.";
    static final String RESPONSE_7_PARAPHRASE =
            "De intensieve aanpak in Noord {punten} moet nog verder gestalte krijgen";
    static final String RESPONSE_7 = "We zullen uw advies over preventie en bestrijding hierin meenemen.";
}
