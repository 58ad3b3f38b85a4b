package nl.adviestracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.adviestracker.shared.TextRule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows of one kind as a table with named columns, written as CSV or as a sheet of an XLSX workbook.
 *
 * <p>A text that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
 * carriage return) is written with a leading apostrophe, so opening an export never runs anything
 * a user typed. Dates are real date cells in XLSX and ISO dates (2025-03-01) in CSV.
 */
final class Table<T> {

    /** A column: its Dutch header and how to read its value (text, number, date or yes/no) from a row. */
    record Column<T>(String header, Function<T, Object> value, int width) {
        static <T> Column<T> of(String header, Function<T, Object> value) {
            return new Column<>(header, value, 16);
        }

        static <T> Column<T> wide(String header, Function<T, Object> value) {
            return new Column<>(header, value, 50);
        }
    }

    /** Semicolons and a byte-order mark: what Excel with Dutch settings opens as columns, in UTF-8. */
    static final CSVFormat CSV = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final String name;
    private final List<Column<T>> columns;
    private final List<T> rows;

    Table(String name, List<Column<T>> columns, List<T> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    List<T> rows() {
        return rows;
    }

    static String safe(String raw) {
        String text = TextRule.xmlSafe(raw);
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var printer = new CSVPrinter(writer, CSV)) {
            writer.write('\uFEFF');
            printer.printRecord(columns.stream().map(Column::header).toList());
            for (T row : rows) {
                printer.printRecord(columns.stream()
                        .map(c -> csvValue(c.value().apply(row)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The table as the only sheet of a workbook. */
    byte[] xlsx() {
        return workbook(List.of(this));
    }

    /** Several tables, one sheet each. */
    static byte[] workbook(List<Table<?>> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Table<?> table : tables) {
                table.sheet(workbook, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(SXSSFWorkbook workbook, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        int r = 1;
        for (T row : rows) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                write(line.createCell(c), columns.get(c).value().apply(row), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes ? "ja" : "nee");
        } else {
            cell.setCellValue(safe(value.toString()));
            cell.setCellStyle(styles.text);
        }
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "ja" : "nee";
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return safe(value.toString());
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d-m-yyyy"));
            text = workbook.createCellStyle();
            text.setWrapText(false);
        }
    }
}
