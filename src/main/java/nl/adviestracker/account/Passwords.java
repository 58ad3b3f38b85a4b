package nl.adviestracker.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

/** Slow, salted password hashes (bcrypt, cost 12 unless configured lower for tests). */
@Singleton
public class Passwords {

    private final int cost;
    private final String dummyHash;

    Passwords(AccountSettings settings) {
        this.cost = settings.bcryptCost();
        this.dummyHash = hash("no user has this password");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of a real check, so an unknown username cannot be told from a wrong password by timing. */
    public void matchNothing(String password) {
        matches(password, dummyHash);
    }
}
