package nl.adviestracker.council;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.letter.ReportDocument;
import nl.adviestracker.letter.ReportDocument.Section;
import nl.adviestracker.letter.ReportDocument.Table;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.verdict.VerdictShares;

/** The report to the council as it prints: the figures of a {@link CouncilReport} in Dutch sentences and tables. */
public final class CouncilReportDocument {

    static final String TEMPLATE = "council-report";

    private CouncilReportDocument() {}

    static String subject(CouncilReport r) {
        return "Adviezen van " + r.body() + " in " + periodName(r);
    }

    /** The report as it prints, dated {@code today}. */
    public static ReportDocument of(CouncilReport r, LocalDate today) {
        List<String> introduction = new ArrayList<>();
        if (r.introduction() != null && !r.introduction().isBlank()) {
            Arrays.stream(r.introduction().strip().split("\\R\\s*\\R"))
                    .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                    .filter(p -> !p.isEmpty())
                    .forEach(introduction::add);
        } else {
            introduction.add("Met deze rapportage leggen wij verantwoording af over de adviezen die " + r.body()
                    + " ons in " + periodName(r) + " gaf, en over wat wij ermee deden.");
        }
        introduction.add("De rapportage gaat over " + DutchDates.format(r.from()) + " tot en met "
                + DutchDates.format(r.to()) + ". De cijfers zijn geteld op " + DutchDates.format(r.countedOn())
                + ". Een advies is beantwoord op de dag dat onze antwoordbrief is verzonden.");
        return new ReportDocument(
                TEMPLATE,
                subject(r),
                "De gemeenteraad",
                DutchDates.format(today),
                "Geachte leden van de raad,",
                introduction,
                List.of(advices(r), stances(r), verdicts(r.verdicts()), commitments(r), repeats(r)),
                "Hebt u vragen over deze rapportage, neem dan contact met ons op.");
    }

    private static String periodName(CouncilReport r) {
        return r.period().contains("-") ? "de raadsperiode " + r.period() : r.period();
    }

    private static Section advices(CouncilReport r) {
        String text = "In deze periode ontving het college " + count(r.received(), "advies", "adviezen")
                + " en beantwoordde het " + count(r.answered(), "advies", "adviezen") + ": " + r.answeredOnTime()
                + " op tijd en " + r.answeredLate() + " te laat. Van de ontvangen adviezen "
                + (r.open() == 1 ? "wachtte er " : "wachtten er ") + r.open() + " op "
                + DutchDates.format(r.countedOn())
                + " nog op antwoord, waarvan " + r.openOverdue() + " na de termijn.";
        List<List<String>> rows = new ArrayList<>();
        for (CouncilReport.AnsweredAdvice a : r.answeredAdvices()) {
            long late = ChronoUnit.DAYS.between(a.dueOn(), a.answeredOn());
            rows.add(List.of(
                    a.subject(),
                    DutchDates.format(a.receivedOn()),
                    DutchDates.format(a.dueOn()),
                    DutchDates.format(a.answeredOn()),
                    a.onTime() ? "op tijd" : count((int) late, "dag", "dagen") + " te laat"));
        }
        List<Table> tables = rows.isEmpty()
                ? List.of()
                : List.of(new Table(
                        "Beantwoorde adviezen",
                        List.of("Advies", "Ontvangen", "Termijn tot", "Beantwoord", "Op tijd"),
                        rows));
        return new Section("Adviezen ontvangen en beantwoord", List.of(text), tables, List.of());
    }

    private static Section stances(CouncilReport r) {
        int total =
                r.stances().stream().mapToInt(CouncilReport.StanceCount::points).sum();
        List<List<String>> rows = new ArrayList<>();
        r.stances().forEach(s -> rows.add(List.of(s.dutch(), String.valueOf(s.points()))));
        rows.add(List.of("Totaal", String.valueOf(total)));
        return new Section(
                "Standpunten per adviespunt",
                List.of("De beantwoorde adviezen hadden samen " + count(total, "adviespunt", "adviespunten")
                        + ". Per punt het standpunt van het college:"),
                List.of(new Table("Adviespunten per standpunt", List.of("Standpunt", "Punten"), rows)),
                List.of());
    }

    private static Section verdicts(VerdictShares.Row v) {
        String text = v.verdicts() == 0
                ? "De adviesraad gaf nog geen oordeel over de reacties op de beantwoorde adviezen."
                : "De adviesraad gaf een oordeel over " + count(v.verdicts(), "reactie", "reacties")
                        + " van het college; " + v.percentSatisfied()
                        + " tevreden. Per reactie telt het laatste oordeel.";
        return new Section(
                "Oordeel van de adviesraad",
                List.of(text),
                v.verdicts() == 0
                        ? List.of()
                        : List.of(new Table(
                                "Oordelen over de reacties",
                                List.of("Oordeel", "Reacties"),
                                List.of(
                                        List.of("Tevreden", String.valueOf(v.satisfied())),
                                        List.of("Deels tevreden", String.valueOf(v.partly())),
                                        List.of("Niet tevreden", String.valueOf(v.notSatisfied())),
                                        List.of("Vervolggesprek gevraagd", String.valueOf(v.conversationsWanted()))))),
                List.of());
    }

    private static Section commitments(CouncilReport r) {
        String text = r.openCommitments() == 0
                ? "Er staan geen toezeggingen meer open."
                : "Er " + (r.openCommitments() == 1 ? "staat " : "staan ")
                        + count(r.openCommitments(), "toezegging", "toezeggingen") + " open, waarvan "
                        + r.overdueCommitments() + " over de datum.";
        List<List<String>> rows = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        for (CouncilReport.Commitment c : r.commitments()) {
            rows.add(List.of(
                    c.description(),
                    c.adviceSubject(),
                    c.dueOn() == null ? "geen datum" : DutchDates.format(c.dueOn()) + (c.overdue() ? " (te laat)" : ""),
                    c.moves().isEmpty() ? "nee" : c.moves().size() + "x"));
            for (CouncilReport.DateMove m : c.moves()) {
                // the day it was moved is in the figures (JSON), not in the text: a report printed twice reads the same
                remarks.add("Toezegging \u201c" + c.description() + "\u201d: de datum is verschoven van "
                        + DutchDates.format(m.from()) + " naar " + dateOrNone(m.to()) + ". Reden: "
                        + withoutStop(m.reason()) + ".");
            }
        }
        for (CouncilReport.MovedAnswer m : r.movedAnswers()) {
            remarks.add("De antwoordtermijn van het advies \u201c" + m.subject() + "\u201d is verschoven van "
                    + DutchDates.format(m.firstDueOn()) + " naar " + DutchDates.format(m.dueOn()) + ". Reden: "
                    + String.join(
                            "; ",
                            m.reasons().stream()
                                    .map(CouncilReportDocument::withoutStop)
                                    .toList()) + ".");
        }
        List<Table> tables = rows.isEmpty()
                ? List.of()
                : List.of(new Table(
                        "Openstaande toezeggingen", List.of("Toezegging", "Advies", "Datum", "Verschoven"), rows));
        return new Section("Toezeggingen en verschoven data", List.of(text), tables, remarks);
    }

    private static Section repeats(CouncilReport r) {
        if (r.repeats().isEmpty()) {
            return new Section(
                    "Herhaalde adviezen",
                    List.of(
                            "Geen van de adviespunten uit deze periode is als herhaling van een eerder advies aangemerkt."),
                    List.of(),
                    List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (CouncilReport.Repeat p : r.repeats()) {
            rows.add(List.of(
                    "punt " + p.pointLabel() + " van \u201c" + p.adviceSubject() + "\u201d",
                    "punt " + p.earlierPointLabel() + " van \u201c" + p.earlierAdviceSubject() + "\u201d ("
                            + DutchDates.format(p.earlierReceivedOn()) + ")"));
        }
        return new Section(
                "Herhaalde adviezen",
                List.of(count(r.repeats().size(), "adviespunt", "adviespunten")
                        + " uit deze periode herhaalde een eerder gegeven advies:"),
                List.of(new Table("Herhaalde adviespunten", List.of("Adviespunt", "Eerder gegeven als"), rows)),
                List.of());
    }

    private static String count(int n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    private static String dateOrNone(LocalDate date) {
        return date == null ? "geen datum" : DutchDates.format(date);
    }

    private static String withoutStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
