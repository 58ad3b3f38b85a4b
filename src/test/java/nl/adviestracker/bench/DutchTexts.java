package nl.adviestracker.bench;

import java.util.List;
import java.util.Random;

/**
 * Dutch texts for the benchmark's data set, assembled from phrases in the style of real advices and
 * reply letters (seed 004): themes with their own vocabulary, compounds such as "armoedebeleid" next
 * to the plain word, and about half of all texts mention "de gemeente", so there is a term that
 * matches half the data set.
 */
final class DutchTexts {

    record Theme(String name, String department, List<String> topics, List<String> compounds) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "Armoede",
                    "Afdeling Werk en Inkomen",
                    List.of(
                            "armoede",
                            "bijzondere bijstand",
                            "het kindpakket",
                            "de energietoeslag",
                            "bestaanszekerheid",
                            "de minimaregelingen",
                            "schulden",
                            "de individuele inkomenstoeslag"),
                    List.of(
                            "armoedebeleid",
                            "armoedebestrijding",
                            "armoedeval",
                            "armoedemonitor",
                            "schuldhulpverlening",
                            "minimabeleid")),
            new Theme(
                    "Jeugd",
                    "Afdeling Jeugd en Onderwijs",
                    List.of(
                            "jeugdhulp",
                            "de wijkteams",
                            "ouders",
                            "jongeren",
                            "het onderwijs",
                            "pleegzorg",
                            "de wachttijden",
                            "kinderen"),
                    List.of(
                            "jeugdhulpverlening",
                            "jeugdbeleid",
                            "jongerenwerk",
                            "opvoedondersteuning",
                            "schoolmaatschappelijk werk")),
            new Theme(
                    "Wmo",
                    "Afdeling Maatschappelijke Ondersteuning",
                    List.of(
                            "huishoudelijke hulp",
                            "de eigen bijdrage",
                            "mantelzorgers",
                            "dagbesteding",
                            "hulpmiddelen",
                            "het keukentafelgesprek",
                            "begeleiding",
                            "respijtzorg"),
                    List.of(
                            "mantelzorgondersteuning",
                            "maatwerkvoorziening",
                            "woningaanpassing",
                            "thuisondersteuning")),
            new Theme(
                    "Participatie",
                    "Afdeling Werk en Participatie",
                    List.of(
                            "werkzoekenden",
                            "beschut werk",
                            "loonkostensubsidie",
                            "re-integratie",
                            "vrijwilligerswerk",
                            "de werkgeversdienstverlening",
                            "statushouders"),
                    List.of("participatiebeleid", "arbeidsmarktregio", "werkervaringsplaats", "taaltraining")),
            new Theme(
                    "Wonen en zorg",
                    "Afdeling Wonen",
                    List.of(
                            "levensloopbestendige woningen",
                            "beschermd wonen",
                            "dakloosheid",
                            "de wachtlijst",
                            "zorgwoningen",
                            "ouderen"),
                    List.of("woonzorgzone", "woningcorporaties", "huisvestingsverordening", "thuisloosheid")),
            new Theme(
                    "Toegankelijkheid",
                    "Afdeling Ruimte en Mobiliteit",
                    List.of(
                            "mensen met een beperking",
                            "het openbaar vervoer",
                            "de openbare ruimte",
                            "digitale dienstverlening",
                            "begrijpelijke brieven",
                            "het VN-verdrag Handicap"),
                    List.of("toegankelijkheidsagenda", "doelgroepenvervoer", "rolstoeltoegankelijkheid", "taalniveau")),
            new Theme(
                    "Gezondheid",
                    "Afdeling Publieke Gezondheid",
                    List.of("eenzaamheid", "preventie", "de GGD", "mentale gezondheid", "sport en bewegen", "welzijn"),
                    List.of("gezondheidsbeleid", "welzijnswerk", "buurtsportcoach", "leefstijlinterventie")),
            new Theme(
                    "Inburgering",
                    "Afdeling Samenleving",
                    List.of(
                            "nieuwkomers",
                            "taalles",
                            "de inburgeringsplicht",
                            "maatschappelijke begeleiding",
                            "asielzoekers"),
                    List.of("inburgeringsbeleid", "taalcoach", "brede intake", "participatieverklaring")));

    private static final List<String> DOCUMENTS = List.of(
            "het concept uitvoeringsprogramma",
            "de conceptnota",
            "het beleidsplan",
            "de verordening",
            "het raadsvoorstel",
            "de beleidsregels",
            "het actieplan",
            "de startnotitie",
            "het koersdocument",
            "de evaluatie");

    private static final List<String> SUBJECT_FORMS = List.of(
            "Advies over %s",
            "Advies op %s %s",
            "Ongevraagd advies %s",
            "Reactie op %s %s",
            "Advies %s in de wijken",
            "Signalen over %s",
            "Advies over de uitvoering van %s");

    private static final List<String> VERBS = List.of(
            "vraagt aandacht voor",
            "adviseert het college om",
            "pleit voor",
            "maakt zich zorgen over",
            "mist in het voorstel",
            "waardeert",
            "ziet kansen voor",
            "vraagt het college te kijken naar");

    private static final List<String> CONCERNS = List.of(
            "de bereikbaarheid voor inwoners",
            "de samenwerking met partners",
            "de rol van ervaringsdeskundigen",
            "de communicatie met inwoners",
            "de gevolgen voor kwetsbare groepen",
            "de uitvoering in de dorpen",
            "de financiering op de lange termijn",
            "de wachttijden",
            "de administratieve lasten",
            "de betrokkenheid van de adviesraad",
            "het bereik onder jongeren",
            "de ondersteuning van mantelzorgers",
            "de toegang tot voorzieningen");

    private static final List<String> GEMEENTE = List.of(
            "De gemeente moet",
            "Wij vragen de gemeente",
            "Zorg als gemeente dat",
            "Het is belangrijk dat de gemeente",
            "De gemeente kan");

    private static final List<String> ACTIONS = List.of(
            "de regeling eenvoudiger maken",
            "inwoners actief informeren",
            "de doelen meetbaar maken",
            "ervaringsdeskundigen betrekken",
            "de drempels verlagen",
            "de resultaten jaarlijks evalueren",
            "meer maatwerk bieden",
            "de wachttijden terugdringen",
            "de samenwerking met het maatschappelijk middenveld versterken",
            "de informatie in begrijpelijke taal aanbieden");

    private static final List<String> ANSWER_OPENINGS = List.of(
            "Wij danken u voor dit advies.",
            "U vraagt aandacht voor %s.",
            "Dit punt herkennen wij.",
            "Wij delen uw zorg over %s.",
            "U geeft aan dat %s belangrijk is.",
            "Wij begrijpen dat u %s belangrijk vindt.");

    private static final List<String> ANSWER_BODIES = List.of(
            "In het uitvoeringsprogramma is hier al rekening mee gehouden: %s krijgt een vaste plek in de aanpak.",
            "De gemeente werkt hierbij samen met maatschappelijke partners en inwoners.",
            "Wij nemen dit mee bij de uitwerking van %s en informeren u over de voortgang.",
            "De monitoring is gericht op wat wij met de activiteiten bereiken.",
            "Dit valt buiten de kaders van dit programma, maar krijgt aandacht in %s.",
            "Wij zullen de raad hierover in het najaar informeren.",
            "Maatwerk blijft mogelijk wanneer de reguliere dienstverlening niet voldoet.",
            "De wijkteams hebben hierin een belangrijke rol en worden daarvoor toegerust.",
            "Wij kiezen ervoor eerst de resultaten van de evaluatie af te wachten.",
            "Daarnaast brengen wij de resultaten van de verschillende activiteiten in kaart.");

    private static final List<String> REASONS = List.of(
            "De financiële ruimte laat een uitbreiding op dit moment niet toe.",
            "De wettelijke kaders bieden hiervoor geen ruimte.",
            "Dit is al onderdeel van bestaand beleid, zoals vastgelegd in %s.",
            "De aanpak is nog in ontwikkeling; het advies wordt bij de uitwerking meegenomen.",
            "Dit onderwerp hoort bij een ander beleidsterrein en is daarom doorverwezen.",
            "De gemeente kiest voor een andere volgorde: eerst de evaluatie, dan eventuele aanpassingen.");

    private static final List<String> FOLLOW_UPS = List.of(
            "De raad informeren over %s",
            "Het advies over %s meenemen in de uitwerking en de adviesraad over de uitkomst informeren",
            "Een werksessie met de adviesraad organiseren over %s",
            "De evaluatie van %s met de adviesraad bespreken",
            "Nagaan of %s beter kan worden afgestemd met de partners",
            "Een voortgangsrapportage over %s opstellen");

    private static final List<String> NOTES = List.of(
            "Gesprek met de projectgroep gevoerd.",
            "Raadsinformatiebrief is in voorbereiding.",
            "Planning is aangepast na overleg met de partners.",
            "Afgerond en teruggekoppeld aan de adviesraad.",
            "Wacht op de uitkomst van de evaluatie.");

    private final Random random;

    DutchTexts(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String topicOf(Theme theme) {
        return random.nextInt(3) == 0 ? pick(theme.compounds()) : pick(theme.topics());
    }

    String subject(Theme theme) {
        String form = pick(SUBJECT_FORMS);
        String topic = topicOf(theme);
        return form.chars().filter(c -> c == '%').count() == 2
                ? capitalise(String.format(form, pick(DOCUMENTS), topic))
                : capitalise(String.format(form, topic));
    }

    String introduction(String bodyShort, String group, Theme theme) {
        return "De projectgroep " + group + " van de " + bodyShort + " heeft de afgelopen maanden meegedacht over "
                + topicOf(theme) + ". "
                + (random.nextBoolean() ? "Wij waarderen dat de gemeente ons vroeg heeft betrokken. " : "")
                + "Hieronder geven wij ons advies.";
    }

    String point(Theme theme) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            switch (random.nextInt(4)) {
                case 0 ->
                    text.append("De adviesraad ")
                            .append(pick(VERBS))
                            .append(' ')
                            .append(topicOf(theme))
                            .append('.');
                case 1 ->
                    text.append(pick(GEMEENTE))
                            .append(' ')
                            .append(pick(ACTIONS))
                            .append(" bij ")
                            .append(topicOf(theme))
                            .append('.');
                case 2 ->
                    text.append("Wij vragen aandacht voor ")
                            .append(pick(CONCERNS))
                            .append(", in het bijzonder bij ")
                            .append(topicOf(theme))
                            .append('.');
                default ->
                    text.append("Hoe wil het college ")
                            .append(pick(ACTIONS))
                            .append(" als het gaat om ")
                            .append(topicOf(theme))
                            .append('?');
            }
        }
        return text.toString();
    }

    String paraphrase(Theme theme) {
        return "U vraagt aandacht voor " + topicOf(theme) + " {punten}";
    }

    String answer(Theme theme) {
        StringBuilder text = new StringBuilder(String.format(pick(ANSWER_OPENINGS), topicOf(theme)));
        int sentences = 1 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            text.append(' ').append(String.format(pick(ANSWER_BODIES), topicOf(theme)));
        }
        return text.toString();
    }

    String reason(Theme theme) {
        return String.format(pick(REASONS), topicOf(theme));
    }

    String followUp(Theme theme) {
        return String.format(pick(FOLLOW_UPS), topicOf(theme));
    }

    String note() {
        return pick(NOTES);
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
