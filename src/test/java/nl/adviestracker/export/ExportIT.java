package nl.adviestracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports read back as a spreadsheet would: the current filters hold, and nothing a user typed runs as a formula. */
@MicronautTest(transactional = false)
class ExportIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api staff;
    long body;
    long advice;

    @BeforeEach
    void anAdviceWithAFormulaInIt() {
        body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of("name", "Wmo-raad " + System.nanoTime(), "shortName", "W" + System.nanoTime() % 100000))
                .id();
        Api member = accounts.member(http, body);
        advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "=HYPERLINK(\"http://evil\",\"klik\")",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2025-03-03",
                                "theme",
                                "Wmo",
                                "points",
                                List.of(
                                        Map.of("label", "1", "text", "+31 50 367 9111 bellen", "kind", "REQUEST"),
                                        Map.of(
                                                "label",
                                                "2",
                                                "text",
                                                "Gewone tekst; met \"aanhalingstekens\"",
                                                "kind",
                                                "QUESTION"))))
                .id();
        staff = accounts.staff(http);
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(point),
                                "stance",
                                "NOT_ADOPTED",
                                "text",
                                "@college: nee",
                                "reason",
                                "-Te duur"))
                .id();
        staff.post(
                "/api/followups",
                Map.of("responseId", response, "description", "Met datum", "owner", "@team", "dueOn", "2025-04-01"));
        staff.post("/api/followups", Map.of("responseId", response, "description", "Zonder datum", "owner", "DMO"));
    }

    @Test
    void followUpsAsCsvWithTheFiltersOfTheList() throws IOException {
        Api.Download all = staff.download("/api/followups.csv?bodyId=" + body);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/csv");
        assertThat(all.disposition()).contains("toezeggingen-").contains(".csv");
        List<CSVRecord> rows = csv(all.text());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Advies")).isEqualTo("'=HYPERLINK(\"http://evil\",\"klik\")");
        assertThat(rows.get(0).get("Eigenaar")).isEqualTo("'@team");
        assertThat(rows.get(0).get("Uiterlijk")).isEqualTo("2025-04-01");
        assertThat(rows.get(0).get("Te laat")).isEqualTo("ja");
        assertThat(rows.get(1).get("Uiterlijk")).isEqualTo("geen datum");

        List<CSVRecord> undated = csv(staff.download("/api/followups.csv?bodyId=" + body + "&dated=false")
                .text());
        assertThat(undated).hasSize(1);
        assertThat(undated.get(0).get("Toezegging")).isEqualTo("Zonder datum");
        assertThat(staff.download("/api/followups.csv?status=nonsense").status())
                .isEqualTo(400);
    }

    @Test
    void followUpsAsXlsx() throws IOException {
        Api.Download xlsx = staff.download("/api/followups.xlsx?bodyId=" + body + "&dated=true");
        assertThat(xlsx.contentType()).startsWith(ExportApi.XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheet("Toezeggingen");
            assertThat(sheet.getLastRowNum()).as("header and one follow-up").isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Toezegging");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            var due = sheet.getRow(1).getCell(7);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        }
    }

    @Test
    void advicesWithTheirPointsAndResponses() throws IOException {
        List<CSVRecord> advices =
                csv(staff.download("/api/advices.csv?bodyId=" + body).text());
        assertThat(advices).hasSize(1);
        assertThat(advices.get(0).get("Onderwerp")).startsWith("'=");
        assertThat(advices.get(0).get("Punten")).isEqualTo("2");
        assertThat(advices.get(0).get("Onbeantwoord")).isEqualTo("1");
        assertThat(csv(staff.download("/api/advices.csv?bodyId=" + body + "&theme=Jeugd")
                        .text()))
                .isEmpty();

        List<CSVRecord> points =
                csv(staff.download("/api/points.csv?bodyId=" + body).text());
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("Tekst")).isEqualTo("'+31 50 367 9111 bellen");
        assertThat(points.get(0).get("Standpunt")).isEqualTo("niet overgenomen");
        assertThat(points.get(0).get("Reactie")).isEqualTo("'@college: nee");
        assertThat(points.get(0).get("Reden")).isEqualTo("'-Te duur");
        assertThat(points.get(1).get("Tekst")).isEqualTo("Gewone tekst; met \"aanhalingstekens\"");
        assertThat(points.get(1).get("Standpunt")).isEqualTo("nog niet beantwoord");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                staff.download("/api/advices.xlsx?bodyId=" + body).bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Adviezen");
            assertThat(workbook.getSheet("Punten en reacties").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Punten en reacties")
                            .getRow(1)
                            .getCell(8)
                            .getStringCellValue())
                    .isEqualTo("'@college: nee");
        }
        assertThat(accounts.member(http, body).download("/api/advices.csv").status())
                .as("staff only")
                .isEqualTo(403);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}
