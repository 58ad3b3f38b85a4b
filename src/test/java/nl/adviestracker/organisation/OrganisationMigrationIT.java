package nl.adviestracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import nl.adviestracker.support.PartlyMigrated;
import nl.adviestracker.support.Sql;
import nl.adviestracker.tenancy.OrganisationContext;
import org.junit.jupiter.api.Test;

/**
 * A database from before organisations, migrated: everything in it belongs to Gemeente Groningen, which has
 * the letterhead that the configuration gave every letter, and nothing is lost.
 */
class OrganisationMigrationIT {

    /** The changesets before 100-organisations. */
    private static final int BEFORE_ORGANISATIONS = 18;

    @Test
    void todaysDataMovesIntoTheDefaultOrganisationWithTodaysLetterhead() throws Exception {
        try (Connection db = PartlyMigrated.freshDatabase()) {
            Liquibase liquibase = PartlyMigrated.changelog(db);
            liquibase.update(BEFORE_ORGANISATIONS, new Contexts(), new LabelExpression());
            assertThat(Sql.id(db, "select count(*) from databasechangelog where id like '100-%'"))
                    .isZero();
            long body = Sql.id(db, "insert into advisory_body (name, short_name) values ('ASDG', 'ASDG') returning id");
            long advice = Sql.id(
                    db,
                    "insert into advice (body_id, subject, kind, received_on, response_due_on, status)" + " values ("
                            + body
                            + ", 'Armoede', 'SOLICITED', date '2024-02-02', date '2024-03-15', 'RECEIVED') returning id");
            Sql.exec(
                    db,
                    "insert into point (advice_id, position, label, text, kind) values (" + advice
                            + ", 1, '1', 'Maak het eenvoudig.', 'RECOMMENDATION')");
            Sql.exec(
                    db,
                    "insert into app_user (username, name, email, role, password_hash) values "
                            + "('beleid', 'Bram', 'b@example.org', 'STAFF', 'x')");
            Sql.exec(db, "insert into owner_address (owner, email) values ('DMO', 'dmo@example.org')");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(Sql.id(db, "select count(*) from organisation")).isEqualTo(1);
            try (var rows = db.createStatement()
                    .executeQuery("select id, name, college_name, phone, signatories from organisation")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(OrganisationContext.DEFAULT_ORGANISATION);
                assertThat(rows.getString(2)).isEqualTo("Gemeente Groningen");
                assertThat(rows.getString(3)).isEqualTo("burgemeester en wethouders van Groningen");
                assertThat(rows.getString(4)).isEqualTo("(050) 367 51 67");
                assertThat(rows.getString(5)).isEqualTo("burgemeester: Koen Schuiling,secretaris: Christien Bronda");
            }
            for (String table :
                    new String[] {"advisory_body", "advice", "point", "app_user", "owner_address", "search_word"}) {
                assertThat(Sql.id(db, "select count(*) from " + table + " where organisation_id is distinct from 1"))
                        .as(table + " rows outside Gemeente Groningen")
                        .isZero();
                assertThat(Sql.id(db, "select count(*) from " + table))
                        .as(table)
                        .isPositive();
            }
            assertThat(Sql.id(db, "select count(*) from advice where subject = 'Armoede' and body_id = " + body))
                    .isEqualTo(1);
            // a new organisation starts numbering after the default one, and may have its own "ASDG"
            long assen = Sql.id(
                    db,
                    "insert into organisation (name, slug, college_name) values "
                            + "('Gemeente Assen', 'assen', 'burgemeester en wethouders van Assen') returning id");
            assertThat(assen).isEqualTo(2);
            Sql.exec(
                    db,
                    "insert into advisory_body (organisation_id, name, short_name) values (" + assen
                            + ", 'ASDG', 'ASDG')");
        }
    }
}
