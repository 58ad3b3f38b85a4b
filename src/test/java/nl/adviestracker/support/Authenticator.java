package nl.adviestracker.support;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.adviestracker.account.Totp;

/**
 * The authenticator app on the phones of the test users: the test helpers ({@link Accounts}, the web package's
 * {@code WebClient} and {@code Browser}) enrol an account through the real enrolment page when the service asks
 * for it, keep the secret that page shows, and answer the code step with a fresh code, as a person would. The
 * service refuses a code twice (replay), so a user who signs in again within the same 30 seconds gets the code
 * of the next step, then a recovery code, and only then waits for the clock.
 */
public final class Authenticator {

    private static final long STEP_SECONDS = 30;
    private static final Map<String, Device> DEVICES = new ConcurrentHashMap<>();

    private Authenticator() {}

    private static final class Device {
        final String secret;
        final Deque<String> recoveryCodes = new ArrayDeque<>();
        long lastStep;

        Device(String secret, long lastStep) {
            this.secret = secret;
            this.lastStep = lastStep;
        }
    }

    /**
     * The first code for the secret an enrolment page shows (spaces allowed); remembered for this username,
     * replacing an earlier device (another test's database may have had a user of the same name).
     */
    public static String enrol(String username, String shownSecret) {
        String secret = shownSecret.replaceAll("\\s", "");
        long step = step(Instant.now());
        DEVICES.put(username, new Device(secret, step));
        return Totp.codeAt(secret, Instant.ofEpochSecond(step * STEP_SECONDS));
    }

    /** The recovery codes the page showed after enrolment, kept for logins in quick succession. */
    public static void recoveryCodes(String username, List<String> codes) {
        Device device = DEVICES.get(username);
        if (device != null) {
            synchronized (device) {
                device.recoveryCodes.clear();
                device.recoveryCodes.addAll(codes);
            }
        }
    }

    public static boolean knows(String username) {
        return DEVICES.containsKey(username);
    }

    /** A code the service has not seen yet for this user: the current step's, the next one's, a recovery code. */
    public static String code(String username) {
        Device device = DEVICES.get(username);
        if (device == null) {
            throw new IllegalStateException(username + " has no authenticator app in this test run");
        }
        synchronized (device) {
            long now = step(Instant.now());
            // the service accepts one step either side; a step at or after ours stays in its window longest
            long next = Math.max(device.lastStep + 1, now);
            if (next > now + 1 && !device.recoveryCodes.isEmpty()) {
                return device.recoveryCodes.pop();
            }
            while (next > now + 1) {
                sleep(1000);
                now = step(Instant.now());
            }
            device.lastStep = next;
            return Totp.codeAt(device.secret, Instant.ofEpochSecond(next * STEP_SECONDS));
        }
    }

    private static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
