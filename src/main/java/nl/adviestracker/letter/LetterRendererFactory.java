package nl.adviestracker.letter;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.nio.file.Path;

@Factory
class LetterRendererFactory {

    @Singleton
    LetterRenderer letterRenderer(LetterSettings settings) {
        return new LetterRenderer(new LetterTemplates(Path.of(settings.templates())), new PdfRenderer(), new DocxRenderer());
    }

    /** Loads fonts and compiles templates after start-up, off the request path, so no user waits for it. */
    @Singleton
    static class WarmUp {
        private final LetterRenderer renderer;

        WarmUp(LetterRenderer renderer) {
            this.renderer = renderer;
        }

        @EventListener
        @Async
        void onStartup(StartupEvent event) {
            renderer.warmUp();
        }
    }
}
