package nl.adviestracker.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CharSequenceBodyWriter;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.body.TypedMessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes text answers, the pages above all (the dashboard is 54 KB), by encoding the whole string at once,
 * which the JDK does with vector instructions. Micronaut's own writer encodes into Netty's buffer one
 * character at a time: a tenth of the dashboard's CPU in a profile (bench/FINDINGS.md).
 */
@Singleton
@Replaces(CharSequenceBodyWriter.class)
final class TextBodyWriter implements TypedMessageBodyWriter<CharSequence>, ResponseBodyWriter<CharSequence> {

    @Override
    public void writeTo(
            Argument<CharSequence> type,
            MediaType mediaType,
            CharSequence text,
            MutableHeaders headers,
            OutputStream out) {
        if (mediaType != null) {
            headers.setIfMissing(HttpHeaders.CONTENT_TYPE, mediaType);
        }
        try {
            out.write(text.toString().getBytes(MessageBodyWriter.getCharset(mediaType, headers)));
        } catch (IOException e) {
            throw new CodecException("Error writing body text: " + e.getMessage(), e);
        }
    }

    @Override
    public CloseableByteBody writePiece(
            ByteBodyFactory bodies,
            HttpRequest<?> request,
            HttpResponse<?> response,
            Argument<CharSequence> type,
            MediaType mediaType,
            CharSequence text) {
        return bodies.adapt(text.toString().getBytes(MessageBodyWriter.getCharset(mediaType, response.getHeaders())));
    }

    @Override
    public Argument<CharSequence> getType() {
        return Argument.of(CharSequence.class);
    }
}
