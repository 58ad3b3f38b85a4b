package nl.adviestracker.web;

import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ByteBufferFactory;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.ResponseBodyWriter;
import java.io.OutputStream;

/** Writes through {@link #writer()}: Micronaut's JSON handler, or a route's own writer ({@link RouteJsonHandler}). */
abstract class DelegatingBodyWriter<T> implements ResponseBodyWriter<T> {

    abstract ResponseBodyWriter<T> writer();

    @Override
    public boolean isWriteable(Argument<T> type, MediaType mediaType) {
        return writer().isWriteable(type, mediaType);
    }

    @Override
    public void writeTo(Argument<T> type, MediaType mediaType, T value, MutableHeaders headers, OutputStream out) {
        writer().writeTo(type, mediaType, value, headers, out);
    }

    @Override
    public ByteBuffer<?> writeTo(
            Argument<T> type, MediaType mediaType, T value, MutableHeaders headers, ByteBufferFactory<?, ?> buffers) {
        return writer().writeTo(type, mediaType, value, headers, buffers);
    }

    @Override
    public ByteBodyHttpResponse<?> write(
            ByteBodyFactory bodies,
            HttpRequest<?> request,
            MutableHttpResponse<T> response,
            Argument<T> type,
            MediaType mediaType,
            T value) {
        return writer().write(bodies, request, response, type, mediaType, value);
    }

    @Override
    public CloseableByteBody writePiece(
            ByteBodyFactory bodies,
            HttpRequest<?> request,
            HttpResponse<?> response,
            Argument<T> type,
            MediaType mediaType,
            T value) {
        return writer().writePiece(bodies, request, response, type, mediaType, value);
    }
}
