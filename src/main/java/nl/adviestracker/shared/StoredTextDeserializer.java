package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Every text in every JSON body passes {@link TextRule} as it is read: line breaks are normalised, and
 * a text the rule refuses makes the request a 400 naming the field ({@link ProblemBodyProvider}).
 */
@Singleton
final class StoredTextDeserializer implements Deserializer<String> {

    @Override
    public @Nullable String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        if (isFormPost()) {
            return checked(decoder.decodeString());
        }
        Object value = decoder.decodeArbitrary();
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            // a number, a truth value or an object where a text belongs is not silently turned into one
            throw new InvalidFormatException("is geen tekst", null, value);
        }
        return checked(text);
    }

    @Override
    public @Nullable String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }

    /**
     * Screens post forms: there the form binding ({@code web.Form}) applies the same rule and puts a
     * Dutch message at the field, so a refused text is passed on normalised instead of failing here.
     */
    private static @Nullable String checked(@Nullable String text) throws Refused {
        String normalised = TextRule.normalise(text);
        if (normalised != null && !isFormPost()) {
            OptionalInt bad = TextRule.forbidden(normalised);
            if (bad.isPresent()) {
                throw new Refused(TextRule.message(bad.getAsInt()));
            }
        }
        return normalised;
    }

    private static boolean isFormPost() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getContentType())
                .filter(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .isPresent();
    }

    /** A text {@link TextRule} refuses; the deserializer adds which property held it. */
    static final class Refused extends InvalidFormatException {
        Refused(String message) {
            super(message, null, null);
        }
    }
}
