package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.dossier.RouteBox;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.shared.DutchDates;

/** Draws a letter's route for the advice page and the letter page: each station passed, here, skipped or to come. */
@Singleton
class LetterRouteBoxes implements RouteBox.Source {

    private final LetterRoutes routes;

    LetterRouteBoxes(LetterRoutes routes) {
        this.routes = routes;
    }

    @Override
    public @Nullable RouteBox of(long adviceId, SignedInUser user) {
        if (!user.isStaff()) {
            return null;
        }
        return box(routes.view(user, adviceId));
    }

    static RouteBox box(LetterRoutes.RouteView view) {
        LetterRoute route = view.route();
        List<LetterStep> steps = view.steps();
        WorkflowSettings settings = view.settings();
        List<RouteBox.Station> stations = LetterStation.inOrder().stream()
                .map(station -> {
                    boolean visited = station == LetterStation.DRAFT
                            || steps.stream().anyMatch(step -> step.toStation() == station);
                    boolean past = route.station().ordinal() > station.ordinal();
                    return new RouteBox.Station(
                            station.name().toLowerCase(),
                            heading(station, settings),
                            past && visited,
                            route.station() == station,
                            past && !visited,
                            detail(station, route));
                })
                .toList();
        List<RouteBox.Step> taken = steps.stream()
                .map(step -> new RouteBox.Step(
                        step.fromStation().dutch(),
                        step.toStation().dutch(),
                        step.actorName(),
                        step.takenAt(),
                        step.comment()))
                .toList();
        return new RouteBox(route.adviceId(), route.station().dutch(), stations, taken);
    }

    private static String heading(LetterStation station, WorkflowSettings settings) {
        return switch (station) {
            case CHECKED -> settings.checkRequired() ? "Gecontroleerd" : "Gecontroleerd (niet verplicht)";
            case DECIDED -> settings.collegeDecisionRequired() ? "Besluit college" : "Besluit college (niet verplicht)";
            default -> station.heading();
        };
    }

    private static @Nullable String detail(LetterStation station, LetterRoute route) {
        if (station == LetterStation.DECIDED && route.decisionKind() != null) {
            return route.decisionKind().dutch()
                    + (route.decisionNumber() == null ? "" : " " + route.decisionNumber())
                    + " van " + DutchDates.format(route.decidedOn());
        }
        if (station == LetterStation.SENT && route.sentOn() != null) {
            return "op " + DutchDates.format(route.sentOn()) + ", "
                    + route.sentMeans().dutch();
        }
        return null;
    }
}
