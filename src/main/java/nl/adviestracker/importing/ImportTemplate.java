package nl.adviestracker.importing;

import static nl.adviestracker.importing.ImportColumn.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: the header row and two example rows (one advice, two points), as CSV (UTF-8 with a
 * byte-order mark and semicolons, as Excel in Dutch opens it) and as XLSX, whose second sheet explains each
 * column. Only the first sheet is read back.
 */
public final class ImportTemplate {

    private ImportTemplate() {}

    static List<Map<ImportColumn, String>> examples() {
        Map<ImportColumn, String> first = new EnumMap<>(ImportColumn.class);
        for (ImportColumn column : ImportColumn.values()) {
            first.put(column, column.example());
        }
        Map<ImportColumn, String> second = new EnumMap<>(first);
        second.put(POINT, "2");
        second.put(POINT_TEXT, "Betrek de wijkteams bij de uitvoering.");
        second.put(POINT_KIND, "verzoek");
        second.put(STANCE, "niet overgenomen");
        second.put(RESPONSE, "De wijkteams hebben hier geen ruimte voor.");
        second.put(REASON, "De wijkteams zijn in 2007 nog in opbouw.");
        for (ImportColumn column : List.of(
                FOLLOW_UP, FOLLOW_UP_OWNER, FOLLOW_UP_DUE, FOLLOW_UP_STATUS, FOLLOW_UP_EVIDENCE, FOLLOW_UP_REASON)) {
            second.put(column, "");
        }
        return List.of(first, second);
    }

    public static byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(Arrays.stream(ImportColumn.values())
                    .map(ImportColumn::header)
                    .toList());
            for (Map<ImportColumn, String> example : examples()) {
                printer.printRecord(
                        Arrays.stream(ImportColumn.values()).map(example::get).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Adviezen");
            Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].header());
                sheet.setColumnWidth(c, 20 * 256);
            }
            List<Map<ImportColumn, String>> examples = examples();
            for (int r = 0; r < examples.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    row.createCell(c).setCellValue(examples.get(r).get(columns[c]));
                }
            }
            Sheet help = workbook.createSheet("Uitleg");
            Row helpHeader = help.createRow(0);
            helpHeader.createCell(0).setCellValue("kolom");
            helpHeader.createCell(1).setCellValue("verplicht");
            helpHeader.createCell(2).setCellValue("betekenis");
            for (int c = 0; c < columns.length; c++) {
                Row row = help.createRow(c + 1);
                row.createCell(0).setCellValue(columns[c].header());
                row.createCell(1).setCellValue(columns[c].required() ? "ja" : "nee");
                row.createCell(2)
                        .setCellValue(columns[c].meaning()
                                + (columns[c].ofAdvice() ? " (gelijk op elke rij van het advies)" : ""));
            }
            help.setColumnWidth(0, 22 * 256);
            help.setColumnWidth(2, 90 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
