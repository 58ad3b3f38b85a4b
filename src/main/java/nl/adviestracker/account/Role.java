package nl.adviestracker.account;

import java.util.List;

/**
 * What a user may do. The names are the role strings of {@code @Secured}.
 * A manager holds the staff role as well; the anonymous public has no account.
 */
public enum Role {
    /** Member of a body's project group: enters and submits that body's advices, reads their answers once sent. */
    ASDG("ASDG-lid"),
    /** Policy staff: responses, follow-ups and letters; never the advice text. */
    STAFF("beleidsmedewerker"),
    /** Everything staff can, plus finalizing letters and the dashboard. */
    MANAGER("manager"),
    /** Users, bodies, templates and the letterhead of one organisation. */
    ADMIN("beheerder"),
    /** The deployment's administrator: creates organisations and their first admin; sees no organisation's data. */
    SUPERADMIN("landelijk beheerder");

    private final String dutch;

    Role(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    /** The role strings this role grants. */
    public List<String> grants() {
        return this == MANAGER ? List.of(Roles.MANAGER, Roles.STAFF) : List.of(name());
    }
}
