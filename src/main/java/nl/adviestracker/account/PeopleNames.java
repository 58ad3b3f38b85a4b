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

    /** As {@link #lookup()}, with "een gebruiker" for a username it does not know: never the username itself. */
    public Function<String, String> lookupOrSomeone() {
        Function<String, String> lookup = lookup();
        return username -> {
            String name = lookup.apply(username);
            return name == null ? SOMEONE : name;
        };
    }

    public static final String SOMEONE = "een gebruiker";
}
