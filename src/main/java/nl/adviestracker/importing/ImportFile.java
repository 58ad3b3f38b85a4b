package nl.adviestracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file, CSV (UTF-8, comma or semicolon) or XLSX (the first sheet), into rows by column. A
 * file that is neither, too large, or whose headers are not the template's is refused as a whole (400,
 * field {@code file}); what is wrong inside a row is for {@link ImportCheck}.
 */
public final class ImportFile {

    /** At most this many bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** At most this many rows (points) in one file. */
    public static final int MAX_ROWS = 5000;

    private ImportFile() {}

    public static List<ImportRow> read(byte[] content) {
        if (content.length == 0) {
            throw refused("is leeg");
        }
        if (content.length > MAX_BYTES) {
            throw refused("is te groot: hoogstens " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<List<String>> cells = isZip(content) ? xlsx(content) : csv(content);
        if (cells.isEmpty()) {
            throw refused("heeft geen kopregel met de kolommen van het sjabloon");
        }
        List<ImportColumn> columns = columns(cells.get(0));
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            List<String> line = cells.get(i);
            if (line.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            for (int c = 0; c < columns.size() && c < line.size(); c++) {
                if (line.get(c) != null && !line.get(c).isBlank()) {
                    values.put(columns.get(c), line.get(c).strip());
                }
            }
            rows.add(new ImportRow(i + 1, values));
        }
        if (rows.isEmpty()) {
            throw refused("heeft geen rijen onder de kopregel");
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("heeft te veel rijen: hoogstens " + MAX_ROWS + "; splits het bestand");
        }
        return rows;
    }

    private static List<ImportColumn> columns(List<String> headers) {
        List<ImportColumn> columns = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String header : headers) {
            String name = header == null ? "" : header.strip().replace("\uFEFF", "");
            ImportColumn column = ImportColumn.byHeader(name).orElse(null);
            if (column == null) {
                problems.add(new FieldProblem("file", "kolom '" + name + "' is onbekend; zie het sjabloon"));
            } else if (columns.contains(column)) {
                problems.add(new FieldProblem("file", "kolom '" + name + "' staat er twee keer in"));
            }
            columns.add(column);
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.contains(column)) {
                problems.add(new FieldProblem("file", "kolom '" + column.header() + "' ontbreekt"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    nl.adviestracker.shared.ProblemStatus.BAD_REQUEST,
                    "Kolommen kloppen niet",
                    "De kopregel is niet die van het sjabloon: "
                            + problems.stream().map(FieldProblem::message).collect(Collectors.joining("; "))
                            + ".",
                    problems);
        }
        return columns;
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("is geen CSV (UTF-8) en geen XLSX; sla het op als CSV UTF-8 of als Excel-werkmap");
        }
        if (text.indexOf('\0') >= 0) {
            throw refused("is geen CSV (UTF-8) en geen XLSX; sla het op als CSV UTF-8 of als Excel-werkmap");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char separator = first.chars().filter(c -> c == ';').count()
                        > first.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                if (lines.size() > MAX_ROWS + 1) {
                    throw refused("heeft te veel rijen: hoogstens " + MAX_ROWS + "; splits het bestand");
                }
            }
            return lines;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refused("is geen leesbare CSV: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw refused("heeft te veel rijen: hoogstens " + MAX_ROWS + "; splits het bestand");
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        line.add(text(row.getCell(c), formatter));
                    }
                }
                lines.add(line);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw refused("is geen CSV (UTF-8) en geen leesbare XLSX-werkmap");
        }
    }

    /** A date cell as ISO date, every other cell as the spreadsheet shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static ProblemException refused(String reason) {
        return ProblemException.invalid("file", "het bestand " + reason);
    }
}
