package nl.adviestracker.account;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * People's names by username, for screens that say who did something: a history reads "Carla Bakker",
 * never "cbakker". The organisation's users only (row-level security scopes the query).
 */
@Singleton
public class PeopleNames {

    private final UserRepository users;

    PeopleNames(UserRepository users) {
        this.users = users;
    }

    /** A look-up for one screen: username to name; null for a username it does not know. */
    public Function<String, String> lookup() {
        Map<String, String> names = new HashMap<>();
        for (User user : users.listOrderByUsername()) {
            names.put(user.username(), user.name());
        }
        return names::get;
    }
}
