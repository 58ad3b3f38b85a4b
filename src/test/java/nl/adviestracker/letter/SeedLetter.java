package nl.adviestracker.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply letter of seed 004 (the college's answer of 2024 to the ASDG's advice on the
 * uitvoeringsprogramma Brede aanpak armoede) as a {@link LetterModel}, texts verbatim from the letter.
 * It is a draft like the seed: no date and no reference of ours yet.
 */
final class SeedLetter {

    /** The advice had seven numbered points. */
    static final List<String> ADVICE_POINTS = List.of("1", "2", "3", "4", "5", "6", "7");

    static final String SUBJECT = "ASDG advies op het concept uitvoeringsprogramma Brede aanpak armoede";

    private SeedLetter() {}

    static LetterModel model() {
        return builder().build();
    }

    /** The same letter as a draft: marked CONCEPT. */
    static LetterModel draft() {
        return builder().draft(true).build();
    }

    static LetterModel.Builder builder() {
        return LetterModel.builder()
                .advisoryBody("Adviesgroep Sociaal Domein Groningen")
                .attention("D. Brouns")
                .addressLines("Postbus 30026", "9700 RM GRONINGEN")
                .department("DMO Beleid")
                .subject(SUBJECT)
                .phone("(050) 367 51 67")
                .attachments()
                .ourReference(null)
                .date(null)
                .theirLetterDate(LocalDate.of(2024, 2, 2))
                .theirReference(null)
                .salutation("Geachte lezer,")
                .opening(
                        "De afgelopen maanden is de projectgroep Armoede van de ASDG met ons in gesprek geweest over de "
                                + "ontwikkeling van het uitvoeringsprogramma Brede aanpak armoede. Op 2 februari 2024 hebt u ons "
                                + "uw advies op het uitvoeringsprogramma gegeven. Wij danken u hartelijk voor uw betrokkenheid en "
                                + "input. Zoals u aangeeft in uw advies hebben we al in de loop van het proces verschillende van "
                                + "uw aanvullingen kunnen opnemen, waardoor de activiteiten van het programma beter vorm hebben "
                                + "kunnen krijgen. Hieronder gaan we in op de punten van uw advies.")
                .response(LetterModel.ResponseEntry.covering(
                        ADVICE_POINTS,
                        List.of("1", "2", "3", "4"),
                        "U vindt het belangrijk dat de definities, doelen en effecten goed inzichtelijk zijn",
                        "Wanneer is iemand echt 'uit de armoede'? Hoe weten we dat we in de praktijk de juiste dingen "
                                + "doen? Hoe zien we of de intensivering en verbetering van onze dienstverlening "
                                + "inderdaad meer vruchten afwerpt? Dit is inderdaad belangrijk, juist bij een proces "
                                + "waarin de manier van werken en de bewustzijnsontwikkeling van professionals een "
                                + "centrale plek heeft. De monitoring die we voor ogen hebben is daarom juist gericht op "
                                + "wat we bereiken met onze activiteiten. In het sociaal domein zijn veel factoren waar "
                                + "we geen invloed op hebben. We kunnen nooit zonder meer vaststellen dat een positief "
                                + "effect in de loop van de tijd het resultaat is van onze inspanningen. Maar we brengen "
                                + "algemene ontwikkelingen en trends in kaart via een aantal bestaande "
                                + "monitoringsinstrumenten, waaronder de Armoedemonitor, de enquête Leefbaarheid & "
                                + "veiligheid en de Basismonitor. Daarnaast brengen we de resultaten in kaart van de "
                                + "verschillende activiteiten die we ondernemen zodat we kunnen aantonen dat de "
                                + "activiteiten in het programma de juiste zijn én dat we ze goed hebben uitgevoerd. "
                                + "Immers, omdat we vanuit de strategische doelen tactische en vervolgens operationele "
                                + "doelen hebben bepaald, zijn we ervan overtuigd dat succesvolle resultaten van onze "
                                + "activiteiten bijdragen aan onze ambities. Daarnaast waarderen we alle activiteiten op "
                                + "dezelfde manier. Zo zien we hoe ze zich tot elkaar verhouden en ook waar we voldoende "
                                + "of juist onvoldoende investeren."))
                .response(LetterModel.ResponseEntry.covering(
                        ADVICE_POINTS,
                        List.of("5"),
                        "U mist in het uitvoeringsprogramma de bredere context van gezondheid, welzijn, weerbaarheid en "
                                + "dergelijke in onze voorgenomen preventieve aanpak",
                        "Deze aspecten van de leefwereld van mensen worden in dit programma inderdaad niet specifiek "
                                + "benoemd. Dit is, zoals u zelf ook aangeeft, omdat het gaat om het verbeteren van onze "
                                + "ondersteuning rond bestaanszekerheid, schulden en perspectief. Maar buiten de directe "
                                + "kaders van dit programma hebben die andere aspecten alle aandacht, zoals in het "
                                + "onderwijskansenbeleid, in het Integraal Zorgakkoord en vooral ook in de vele "
                                + "activiteiten in wijken, buurten en dorpen. In deze andere beleidsdomeinen wordt ook "
                                + "actief de samenwerking gezocht met inwoners en maatschappelijke partners."))
                .response(LetterModel.ResponseEntry.covering(
                        ADVICE_POINTS,
                        List.of("6"),
                        "Het streven naar maatwerk moet niet ten koste gaan van de rechtsgelijkheid, geeft u aan",
                        "Inderdaad is Doorbraaknetwerk een methodiek op basis waarvan we maatwerk gelegitimeerd kunnen "
                                + "bieden, en waarbij we ook leren zodat we eventueel ons beleid kunnen aanpassen. Toch "
                                + "is deze legitimatie voor ons geen wet van meden en perzen. De Toeslagenaffaire heeft "
                                + "laten zien hoe mis het kan lopen als je niet voorop stelt waar het uiteindelijk om "
                                + "gaat: die mens die ondersteuning nodig heeft. Voor het college is leidend dat we "
                                + "verschillende situaties verschillend kunnen benaderen. Hoewel we veel winst willen "
                                + "behalen met het vereenvoudigen en beter communiceren van regelingen, zien we maatwerk "
                                + "als mogelijkheid wanneer de reguliere dienstverlening niet voldoet, en beslist niet "
                                + "alleen in situaties waar iemand al diep in de problemen zit. Daar waar nodig om mensen "
                                + "te helpen schrikken we er niet voor terug de grenzen op te zoeken."))
                .response(LetterModel.ResponseEntry.covering(
                        ADVICE_POINTS,
                        List.of("7"),
                        "De intensieve aanpak in Noord {punten} moet nog verder gestalte krijgen",
                        "We zullen uw advies over preventie en bestrijding hierin meenemen."))
                .closing("Rest ons nog te zeggen dat wij ook van onze kant graag zien dat de ASDG betrokken blijft bij "
                        + "het onderwerp armoede.")
                .greeting("Met vriendelijke groet,")
                .signingBody("burgemeester en wethouders van Groningen,")
                .signatory("burgemeester", "Koen Schuiling")
                .signatory("secretaris", "Christien Bronda");
    }
}
