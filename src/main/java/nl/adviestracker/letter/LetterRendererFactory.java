package nl.adviestracker.letter;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;

@Factory
class LetterRendererFactory {

    @Singleton
    LetterRenderer letterRenderer(LetterSettings settings) {
        return new LetterRenderer(
                new LetterTemplates(Path.of(settings.templates())), new PdfRenderer(), new DocxRenderer());
    }

    /**
     * Loads fonts and compiles templates a little after start-up: off the request path, so no user
     * waits for it, and off the start itself, so the first request does not wait for it either.
     */
    @Singleton
    static class WarmUp {
        private final LetterRenderer renderer;
        private final TaskScheduler scheduler;
        private final Duration delay;

        WarmUp(
                LetterRenderer renderer,
                @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                LetterSettings settings) {
            this.renderer = renderer;
            this.scheduler = scheduler;
            this.delay = settings.warmUpDelay();
        }

        @EventListener
        void onStartup(StartupEvent event) {
            scheduler.schedule(delay, renderer::warmUp);
        }
    }
}
