package nl.adviestracker.letter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed letter, its draft (marked CONCEPT) and the 40-point letter to target/letters/ as
 * HTML, PDF and DOCX, to look at. Not a test.
 */
final class LookAtSeedLetter {
    public static void main(String[] args) throws Exception {
        var renderer = new LetterRenderer();
        Path dir = Files.createDirectories(Path.of("target/letters"));
        write(renderer, dir, "seed-letter", SeedLetter.model());
        write(renderer, dir, "seed-letter-draft", SeedLetter.draft());
        write(renderer, dir, "forty-points", LongLetter.model(40));
        System.out.println("written to " + dir.toAbsolutePath());
    }

    private static void write(LetterRenderer renderer, Path dir, String name, LetterModel model) throws Exception {
        Files.writeString(dir.resolve(name + ".html"), renderer.html(model));
        Files.write(dir.resolve(name + ".pdf"), renderer.pdf(model));
        Files.write(dir.resolve(name + ".docx"), renderer.docx(model));
    }
}
