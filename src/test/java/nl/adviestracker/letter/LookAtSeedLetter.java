package nl.adviestracker.letter;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the seed letter to target/letters/ as HTML, PDF and DOCX, to look at. Not a test. */
final class LookAtSeedLetter {
    public static void main(String[] args) throws Exception {
        var renderer = new LetterRenderer();
        Path dir = Files.createDirectories(Path.of("target/letters"));
        var model = SeedLetter.model();
        Files.writeString(dir.resolve("seed-letter.html"), renderer.html(model));
        Files.write(dir.resolve("seed-letter.pdf"), renderer.pdf(model));
        Files.write(dir.resolve("seed-letter.docx"), renderer.docx(model));
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
