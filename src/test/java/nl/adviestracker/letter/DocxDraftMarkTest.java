package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A draft DOCX carries Word's CONCEPT watermark, pale, half transparent and diagonal so the letter stays
 * readable under it (LibreOffice draws POI's default shape solid black over the text); the final DOCX has none.
 */
class DocxDraftMarkTest {

    @Test
    void aDraftHasAPaleDiagonalConceptWatermarkInItsHeader() throws IOException {
        Map<String, String> parts = parts(new LetterRenderer().docx(SeedLetter.draft()));
        String headers = parts.entrySet().stream()
                .filter(e -> e.getKey().startsWith("word/header"))
                .map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertThat(headers)
                .contains("string=\"" + LetterView.DRAFT_MARK + "\"")
                .contains("fillcolor=\"silver\"", "<v:fill opacity=\".5\"/>", "rotation:315")
                .doesNotContain("fillcolor=\"black\"");
    }

    @Test
    void theFinalLetterHasNoWatermark() throws IOException {
        Map<String, String> parts = parts(new LetterRenderer().docx(SeedLetter.model()));
        assertThat(parts.values()).noneMatch(xml -> xml.contains(LetterView.DRAFT_MARK));
    }

    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".xml")) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
