package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meta-test of the templates under letters/: they compile, their partials exist, both sources agree. */
class LetterTemplatesTest {

    private static final Path LETTERS = Path.of("letters");
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{~?#?>\\s*([\\w./-]+)");

    @Test
    void everyTemplateCompiles() throws IOException {
        var templates = new LetterTemplates(LETTERS);
        List<String> names = templateNames();
        assertThat(names).contains("reply", "partials/letterhead", "partials/signature", "partials/footer");
        for (String name : names) {
            assertThat(templates.template(name)).as(name).isNotNull();
        }
    }

    @Test
    void everyReferencedPartialExists() throws IOException {
        for (String name : templateNames()) {
            String source = Files.readString(LETTERS.resolve(name + ".hbs"));
            Matcher m = PARTIAL.matcher(source);
            while (m.find()) {
                assertThat(LETTERS.resolve(m.group(1) + ".hbs"))
                        .as("partial '%s' used in %s.hbs", m.group(1), name)
                        .isRegularFile();
            }
        }
    }

    @Test
    void theStylesheetCanSitInsideXhtml() {
        String css = new LetterTemplates(LETTERS).stylesheet();
        assertThat(css).contains("@page").doesNotContain("<", "&", "]]>");
    }

    @Test
    void withoutTheDirectoryTheClasspathCopyGivesTheSameLetter() {
        var fromClasspath = new LetterTemplates(Path.of("target", "no-letters-here"));
        var fromDirectory = new LetterTemplates(LETTERS);
        assertThat(fromClasspath.source()).isEqualTo("classpath:/letters");
        var view = LetterView.of(SeedLetter.model());
        assertThat(fromClasspath.reply(view)).isEqualTo(fromDirectory.reply(view));
    }

    @Test
    void aTemplateIsCompiledOnce() {
        var templates = new LetterTemplates(LETTERS);
        assertThat(templates.template("reply")).isSameAs(templates.template("reply"));
    }

    @Test
    void aTemplateUsingAnUnknownValueFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("print.css"), "body { }");
        Files.writeString(dir.resolve("typo.hbs"), "<p>{{subjcet}}</p>");
        var templates = new LetterTemplates(dir);
        assertThatThrownBy(() -> templates.render("typo", LetterView.of(SeedLetter.model())))
                .hasMessageContaining("subjcet");
    }

    /** Every .hbs file under letters/, as a template name: "reply", "partials/footer". */
    private static List<String> templateNames() throws IOException {
        try (Stream<Path> files = Files.walk(LETTERS)) {
            return files.filter(f -> f.toString().endsWith(".hbs"))
                    .map(f ->
                            LETTERS.relativize(f).toString().replace('\\', '/').replaceAll("\\.hbs$", ""))
                    .sorted()
                    .toList();
        }
    }
}
