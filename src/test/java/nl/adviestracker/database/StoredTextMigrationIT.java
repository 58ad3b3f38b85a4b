package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import nl.adviestracker.support.PartlyMigrated;
import nl.adviestracker.support.Sql;
import org.junit.jupiter.api.Test;

/**
 * Texts stored before the text rule existed are cleaned by changeset 050 as the rule cleans new input:
 * Word's manual line break (VT), form feed, CR and CRLF become line breaks, other control characters go.
 */
class StoredTextMigrationIT {

    @Test
    void changeset050CleansControlCharactersInRowsAlreadyStored() throws Exception {
        try (Connection db = PartlyMigrated.freshDatabase()) {
            Liquibase liquibase = PartlyMigrated.changelog(db);
            liquibase.update(
                    changeSetsBefore(liquibase, "050-clean-stored-text"), new Contexts(), new LabelExpression());

            long body = Sql.id(db, "insert into advisory_body (name, short_name) values ('ASDG', 'ASDG') returning id");
            long advice = insert(
                    db,
                    "insert into advice (body_id, subject, kind, received_on, response_due_on, status)"
                            + " values (?, ?, 'SOLICITED', date '2024-02-02', date '2024-03-15', 'RECEIVED') returning id",
                    body,
                    "Brede aanpak\u000Barmoede");
            insert(
                    db,
                    "insert into point (advice_id, position, label, text, kind)"
                            + " values (?, 1, '1', ?, 'RECOMMENDATION') returning id",
                    advice,
                    "Eerste regel\r\ntweede\u0001 regel\u000Cderde regel\rvierde\tmet tab");
            insert(
                    db,
                    "insert into app_user (username, name, email, role, password_hash)"
                            + " values ('beleid', ?, 'b@example.org', 'STAFF', 'x') returning id",
                    null,
                    "Bram\u0007 Bakker\uFFFF");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(text(db, "select subject from advice")).isEqualTo("Brede aanpak\narmoede");
            assertThat(text(db, "select text from point"))
                    .isEqualTo("Eerste regel\ntweede regel\nderde regel\nvierde\tmet tab");
            assertThat(text(db, "select name from app_user where username = 'beleid'"))
                    .isEqualTo("Bram Bakker");
        }
    }

    private static int changeSetsBefore(Liquibase liquibase, String id) throws Exception {
        List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        for (int i = 0; i < unrun.size(); i++) {
            if (unrun.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no changeset " + id);
    }

    private static long insert(Connection db, String sql, Long id, String text) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int i = 1;
            if (id != null) {
                statement.setLong(i++, id);
            }
            statement.setString(i, text);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
