package nl.adviestracker.letter;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.dossier.AdviceDossier;
import nl.adviestracker.dossier.Dossiers;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * {@code /advices/{id}/letter/preview}: the letter as the PDF shows it, within the app's frame with a way
 * back: each page of the PDF (the sent one where there is one, else the draft) drawn as an image, with the
 * letter's text beside it for screen readers and for copying.
 */
@Controller("/advices/{id}/letter")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
class LetterPreviewPage {

    /** Sharp enough to read on a screen, small enough to load quickly. */
    private static final float DPI = 110f;

    private final Views views;
    private final Dossiers dossiers;
    private final Letters letters;

    LetterPreviewPage(Views views, Dossiers dossiers, Letters letters) {
        this.views = views;
        this.dossiers = dossiers;
        this.letters = letters;
    }

    public record Screen(
            Frame frame, long adviceId, String adviceSubject, boolean sent, List<PageImage> pages, List<String> text) {}

    /** One page of the letter: where its image is and what a screen reader says for it. */
    public record PageImage(int number, String src, String alt) {}

    @Get(uri = "/preview", produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id) {
        AdviceDossier dossier = dossiers.of(id, user);
        int count = pageCount(letters.currentPdf(id));
        List<PageImage> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new PageImage(
                    n,
                    "/advices/" + id + "/letter/pages/" + n + ".png",
                    "Bladzijde " + n + " van " + count + " van de brief (de tekst staat hieronder)"));
        }
        boolean sent = letters.sent(id).isPresent();
        return views.page(
                "letter-preview",
                new Screen(
                        Frame.of("Brief: " + dossier.advice().subject(), user, "/advices/" + id, null),
                        id,
                        dossier.advice().subject(),
                        sent,
                        pages,
                        letters.currentLines(id)));
    }

    @Get(uri = "/pages/{number}.png", produces = "image/png")
    HttpResponse<byte[]> page(SignedInUser user, long id, int number) {
        return HttpResponse.ok(png(letters.currentPdf(user, id), number))
                .contentType("image/png")
                .header("Cache-Control", "private, no-store");
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(byte[] pdf, int number) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (number < 1 || number > doc.getNumberOfPages()) {
                throw ProblemException.notFound("Bladzijde " + number);
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(number - 1, DPI, ImageType.RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
