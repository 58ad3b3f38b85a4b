package nl.adviestracker.letter;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * House style of the reply letters that is not in the templates.
 *
 * @param templates directory of the Handlebars templates; the classpath copy is used when it does not exist
 * @param signatories "role: name" of each person who signs, in order
 * @param warmUpDelay how long after start-up the renderer loads its fonts and classes: later than the
 *     start itself, which on a small machine would otherwise share its cores with the warm-up
 */
@ConfigurationProperties("adviestracker.letters")
public record LetterSettings(
        @Bindable(defaultValue = "letters") String templates,
        @Bindable(defaultValue = "(050) 367 51 67") String phone,

        @Bindable(defaultValue = "burgemeester en wethouders van Groningen,")
        String signingBody,

        @Bindable(defaultValue = "burgemeester: Koen Schuiling,secretaris: Christien Bronda")
        List<String> signatories,

        @Bindable(defaultValue = "5s") Duration warmUpDelay) {}
