package nl.adviestracker.body;

import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.account.KnownBodies;

@Singleton
class BodiesKnownToAccounts implements KnownBodies {

    private final AdvisoryBodyRepository bodies;

    BodiesKnownToAccounts(AdvisoryBodyRepository bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean exists(long bodyId) {
        return bodies.existsById(bodyId);
    }

    @Override
    public boolean dissolved(long bodyId) {
        return bodies.findById(bodyId).map(AdvisoryBody::dissolved).orElse(false);
    }

    @Override
    public List<Choice> choices() {
        return bodies.listOrderByName().stream()
                .map(body -> new Choice(body.id(), BodyNames.withState(body)))
                .toList();
    }
}
