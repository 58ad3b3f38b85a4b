package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.adviestracker.database.BackupManifest.SequenceState;
import nl.adviestracker.database.BackupManifest.TableContent;
import org.junit.jupiter.api.Test;

/** The manifest reads back as written, and the tables load parents first. */
class BackupManifestTest {

    @Test
    void aManifestReadsBackAsWrittenInLoadOrder() throws IOException {
        BackupManifest written = new BackupManifest(
                Instant.parse("2025-06-01T10:15:30.123456Z"),
                "17.6",
                8,
                "adviestracker:010-publication",
                List.of(
                        new TableContent(
                                "advisory_body",
                                "[id bigint, name character varying(200)]",
                                3,
                                Map.of("id", new SequenceState(5, true))),
                        new TableContent(
                                "tabel_één",
                                "[\"kolom=1\" numeric(10,2), pad text]",
                                0,
                                Map.of("id", new SequenceState(1, false)))));

        BackupManifest read = BackupManifest.read(new ByteArrayInputStream(written.toBytes()));

        assertThat(read).isEqualTo(written);
        assertThat(read.totalRows()).isEqualTo(3);
        assertThat(new String(written.toBytes(), StandardCharsets.ISO_8859_1))
                .contains(
                        "liquibase.changesets=8",
                        "table.advisory_body.rows=3",
                        "table.advisory_body.sequence.id=5,true");
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertThatThrownBy(() -> BackupManifest.read(new ByteArrayInputStream("format=pg_dump\n".getBytes())))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("not an Adviestracker backup");
        assertThatThrownBy(() -> BackupManifest.read(new ByteArrayInputStream(("format=" + BackupManifest.FORMAT
                                + "\ncreated-at=2025-06-01T10:15:30Z\nliquibase.changesets=8\ntables=advice\n")
                        .getBytes())))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("'table.advice.columns' is missing");
    }

    @Test
    void parentsLoadBeforeTheTablesThatReferToThem() {
        assertThat(ApplicationTables.parentsFirst(
                        Set.of("response_point", "point", "advice", "response", "advisory_body"),
                        Map.of(
                                "advice",
                                Set.of("advisory_body"),
                                "point",
                                Set.of("advice"),
                                "response",
                                Set.of("advice"),
                                "response_point",
                                Set.of("point", "response"))))
                .containsExactly("advisory_body", "advice", "point", "response", "response_point");
    }

    @Test
    void aCycleOfForeignKeysIsNamed() {
        assertThatThrownBy(() -> ApplicationTables.parentsFirst(
                        Set.of("a", "b", "c"), Map.of("a", Set.of("b"), "b", Set.of("a"))))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("[a, b]")
                .hasMessageContaining("cycle");
    }
}
