package nl.adviestracker.account;

/** Role strings for {@code @Secured}, as constants the compiler checks. */
public final class Roles {

    public static final String ASDG = "ASDG";
    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String SUPERADMIN = "SUPERADMIN";

    private Roles() {}
}
