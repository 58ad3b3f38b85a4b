package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void theWrittenDummyHashIsBcryptAtTheDefaultCostOfAPasswordNobodyHas() {
        BCrypt.Result checked =
                BCrypt.verifyer().verify("no user has this password".toCharArray(), Passwords.DUMMY_HASH_AT_COST_12);

        assertThat(checked.verified).isTrue();
        assertThat(checked.details.cost).isEqualTo(12);
    }
}
