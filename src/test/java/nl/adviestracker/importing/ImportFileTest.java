package nl.adviestracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** Reading a file: CSV with commas or semicolons, XLSX, and the whole file refused when it is not the template's. */
class ImportFileTest {

    @Test
    void theTemplatesReadBackAsTheirExampleRows() {
        for (byte[] template : List.of(ImportTemplate.csv(), ImportTemplate.xlsx())) {
            List<ImportRow> rows = ImportFile.read(template);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).number()).isEqualTo(2);
            assertThat(rows.get(0).get(ImportColumn.BODY)).isEqualTo("ASDG");
            assertThat(rows.get(1).get(ImportColumn.POINT)).isEqualTo("2");
            assertThat(rows.get(1).get(ImportColumn.FOLLOW_UP)).isNull();
        }
    }

    @Test
    void aFileThatIsNotCsvOrXlsxIsRefusedOnFieldFile() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> ImportFile.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertThat(problem.status().getCode()).isEqualTo(400);
        assertThat(problem.fieldProblems()).extracting(FieldProblem::field).containsExactly("file");
        assertThat(problem.fieldProblems().get(0).message()).contains("is geen CSV (UTF-8) en geen XLSX");
    }

    @Test
    void wrongHeadersAreNamed() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class,
                () -> ImportFile.read("advies;orgaan;onderwerp;ontvangen op;punt;tekst punt\nA;B;C;D;E;F\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(problem.fieldProblems())
                .extracting(FieldProblem::message)
                .containsExactly("kolom 'orgaan' is onbekend; zie het sjabloon", "kolom 'adviesorgaan' ontbreekt");
    }

    @Test
    void aFileTooLargeIsRefused() {
        ProblemException problem =
                catchThrowableOfType(ProblemException.class, () -> ImportFile.read(new byte[ImportFile.MAX_BYTES + 1]));
        assertThat(problem.fieldProblems().get(0).message()).isEqualTo("het bestand is te groot: hoogstens 5 MB");
    }
}
