package nl.adviestracker.response;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.adviestracker.assignment.LeadAssigned;
import nl.adviestracker.assignment.PointAssigned;

/**
 * Records the route's events as a notifier would receive them: after the step's transaction committed. A
 * test finds its own by advice id.
 */
@Singleton
public class RouteEvents {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ReviewAsked event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(SentBack event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(ResponseApproved event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(PointAssigned event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(LeadAssigned event) {
        received.add(event);
    }

    /** The events about one advice, in the order they came. */
    public List<Object> of(long adviceId) {
        return received.stream()
                .filter(event -> (event instanceof ReviewAsked e && e.adviceId() == adviceId)
                        || (event instanceof SentBack e2 && e2.adviceId() == adviceId)
                        || (event instanceof ResponseApproved e3 && e3.adviceId() == adviceId)
                        || (event instanceof PointAssigned e4 && e4.adviceId() == adviceId)
                        || (event instanceof LeadAssigned e5 && e5.adviceId() == adviceId))
                .toList();
    }
}
