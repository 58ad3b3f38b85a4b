package nl.adviestracker.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * Settings of advice intake, under {@code adviestracker.intake}.
 *
 * @param maxFileSize largest document accepted, e.g. {@code 10MB} (the default). The server's own
 *     request limits ({@code micronaut.server.max-request-size}, {@code micronaut.server.multipart.max-file-size})
 *     must be larger, or the server refuses a large upload before intake can explain the limit in Dutch.
 */
@ConfigurationProperties("adviestracker.intake")
public record IntakeSettings(
        @Bindable(defaultValue = "10MB") @ReadableBytes long maxFileSize) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    /** The limit as the screens state it: "10 MB". */
    public String maxFileSizeText() {
        return IntakeProblems.readable(maxFileSize);
    }

    public static IntakeSettings defaults() {
        return new IntakeSettings(DEFAULT_MAX_FILE_SIZE);
    }
}
