package nl.adviestracker.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * The organisations of this deployment and their letterhead settings. Letters read the settings of the
 * organisation at hand through {@link #current()}; an organisation's admin changes them ({@link #update});
 * the deployment's super-admin creates organisations with their first admin ({@link #create}).
 */
@Singleton
public class Organisations {

    private static final String COLUMNS = "id, name, slug, college_name, phone, postal_address, signatories, "
            + "logo_reference, house_font, house_colour, version";

    private final JdbcOperations jdbc;
    private final Users users;
    private final AuditLog audit;

    Organisations(JdbcOperations jdbc, Users users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** A new organisation and the account of its first admin. */
    @io.micronaut.serde.annotation.Serdeable
    public record Created(Organisation organisation, User admin) {}

    /** The organisation the current work is for (see {@link OrganisationContext}). */
    @Transactional(readOnly = true)
    public Optional<Organisation> current() {
        return OrganisationContext.current().flatMap(this::find);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from organisation where id = ?", statement -> {
            statement.setLong(1, id);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(map(rows)) : Optional.<Organisation>empty();
        });
    }

    /** An organisation by its slug ("assen") or its id ("2"), as the public pages' address names it. */
    @Transactional(readOnly = true)
    public Optional<Organisation> findBySlugOrId(String key) {
        if (key.matches("[1-9][0-9]{0,17}")) {
            return find(Long.parseLong(key));
        }
        return jdbc.prepareStatement("select " + COLUMNS + " from organisation where slug = ?", statement -> {
            statement.setString(1, key.toLowerCase(java.util.Locale.ROOT));
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(map(rows)) : Optional.<Organisation>empty();
        });
    }

    @Transactional(readOnly = true)
    public List<Organisation> list() {
        return jdbc.prepareStatement("select " + COLUMNS + " from organisation order by name", statement -> {
            ResultSet rows = statement.executeQuery();
            List<Organisation> all = new ArrayList<>();
            while (rows.next()) {
                all.add(map(rows));
            }
            return all;
        });
    }

    /** Every organisation's id, for jobs that run once per organisation. */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        return list().stream().map(Organisation::id).toList();
    }

    /** Changes the current organisation's name and letterhead. */
    @Transactional
    public Organisation update(OrganisationInput input) {
        Organisation current = current().orElseThrow(() -> ProblemException.notFound("Organisatie"));
        Versions.requireCurrent(input.version(), current.version(), "Deze organisatie", current);
        checkNameFree(input.name(), current.id());
        jdbc.prepareStatement("""
                update organisation set name = ?, college_name = ?, phone = ?, postal_address = ?, signatories = ?,
                    logo_reference = ?, house_font = ?, house_colour = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""", statement -> {
            statement.setString(1, input.name().strip());
            statement.setString(2, input.collegeName().strip());
            statement.setString(3, blankToNull(input.phone()));
            statement.setString(4, blankToNull(input.postalAddress()));
            statement.setString(5, String.join(",", input.signatoryList()));
            statement.setString(6, blankToNull(input.logoReference()));
            statement.setString(7, blankToNull(input.houseFont()));
            statement.setString(8, blankToNull(input.houseColour()));
            statement.setLong(9, current.id());
            statement.setInt(10, current.version());
            if (statement.executeUpdate() != 1) {
                throw ProblemException.staleVersion("Deze organisatie", current);
            }
            return null;
        });
        Organisation changed = find(current.id()).orElseThrow();
        audit.updated("organisation", current.id(), null, current, changed);
        return changed;
    }

    /**
     * A new organisation with its first admin, in one transaction: the transaction is switched to the new
     * organisation before the admin's account is made, so the account and its audit event are the new
     * organisation's.
     */
    @Transactional
    public Created create(NewOrganisation input) {
        checkNameFree(input.name(), null);
        if (jdbc.prepareStatement("select 1 from organisation where slug = ?", statement -> {
            statement.setString(1, input.slug());
            return statement.executeQuery().next();
        })) {
            throw ProblemException.invalid("slug", "is al in gebruik");
        }
        long id = jdbc.prepareStatement("select create_organisation(?, ?, ?)", statement -> {
            statement.setString(1, input.name().strip());
            statement.setString(2, input.slug());
            statement.setString(3, input.collegeName().strip());
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        switchTransactionTo(id);
        NewOrganisation.FirstAdmin admin = input.admin();
        User user = users.create(new UserInput(
                admin.username(),
                admin.name(),
                admin.email(),
                nl.adviestracker.account.Role.ADMIN,
                null,
                admin.password(),
                true,
                null));
        Organisation organisation = find(id).orElseThrow();
        audit.created("organisation", id, null, organisation);
        return new Created(organisation, user);
    }

    /** Sets the current transaction's connection to this organisation until the transaction ends. */
    private void switchTransactionTo(long id) {
        jdbc.prepareStatement("select set_config('app.organisation_id', ?, true)", statement -> {
            statement.setString(1, String.valueOf(id));
            return statement.execute();
        });
    }

    private void checkNameFree(String name, Long except) {
        boolean taken = jdbc.prepareStatement(
                "select 1 from organisation where lower(name) = lower(?) and id is distinct from ?", statement -> {
                    statement.setString(1, name.strip());
                    if (except == null) {
                        statement.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        statement.setLong(2, except);
                    }
                    return statement.executeQuery().next();
                });
        if (taken) {
            throw ProblemException.invalid("name", "is al in gebruik door een andere organisatie");
        }
    }

    private static Organisation map(ResultSet rows) throws SQLException {
        String signatories = rows.getString(7);
        return new Organisation(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                signatories.isBlank()
                        ? List.of()
                        : Arrays.stream(signatories.split(","))
                                .map(String::strip)
                                .toList(),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                rows.getInt(11));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
