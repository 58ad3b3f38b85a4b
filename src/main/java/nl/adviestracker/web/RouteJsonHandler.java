package nl.adviestracker.web;

import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ByteBufferFactory;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.ChunkedMessageBodyReader;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyHandler;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.CustomizableJsonHandler;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;

/**
 * Micronaut's JSON handler, except that a route's own JSON writer is made when the route first answers rather
 * than when the router is built. Micronaut asks the handler for a writer specific to each route's answer type
 * while it builds the router, and the JSON library builds that type's serializer there and then: a seventh of
 * the main thread's time at start-up (bench/FINDINGS.md), for about 300 routes of which a start answers one.
 * Everything else is Micronaut's handler, unchanged.
 */
@Singleton
@Replaces(NettyJsonHandler.class)
@Order(JsonMessageHandler.ORDER)
@JsonMessageHandler.ProducesJson
@JsonMessageHandler.ConsumesJson
@BootstrapContextCompatible
@Requires(beans = JsonMapper.class)
final class RouteJsonHandler<T>
        implements MessageBodyHandler<T>, ChunkedMessageBodyReader<T>, CustomizableJsonHandler, ResponseBodyWriter<T> {

    private final NettyJsonHandler<T> handler;

    RouteJsonHandler(JsonMapper mapper) {
        this.handler = new NettyJsonHandler<>(mapper);
    }

    @Override
    public MessageBodyWriter<T> createSpecific(Argument<T> type) {
        return new OnFirstUse<>(() -> (ResponseBodyWriter<T>) handler.createSpecific(type), handler.isBlocking());
    }

    @Override
    public CustomizableJsonHandler customize(JsonFeatures features) {
        return handler.customize(features);
    }

    @Override
    public Publisher<T> readChunked(
            Argument<T> type, MediaType mediaType, Headers headers, Publisher<ByteBuffer<?>> input) {
        return handler.readChunked(type, mediaType, headers, input);
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return handler.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) {
        return handler.read(type, mediaType, headers, body);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) {
        return handler.read(type, mediaType, headers, body);
    }

    @Override
    public boolean isWriteable(Argument<T> type, MediaType mediaType) {
        return handler.isWriteable(type, mediaType);
    }

    @Override
    public void writeTo(Argument<T> type, MediaType mediaType, T value, MutableHeaders headers, OutputStream out) {
        handler.writeTo(type, mediaType, value, headers, out);
    }

    @Override
    public ByteBuffer<?> writeTo(
            Argument<T> type, MediaType mediaType, T value, MutableHeaders headers, ByteBufferFactory<?, ?> buffers) {
        return handler.writeTo(type, mediaType, value, headers, buffers);
    }

    @Override
    public ByteBodyHttpResponse<?> write(
            ByteBodyFactory bodies,
            HttpRequest<?> request,
            MutableHttpResponse<T> response,
            Argument<T> type,
            MediaType mediaType,
            T value) {
        return handler.write(bodies, request, response, type, mediaType, value);
    }

    @Override
    public CloseableByteBody writePiece(
            ByteBodyFactory bodies,
            HttpRequest<?> request,
            HttpResponse<?> response,
            Argument<T> type,
            MediaType mediaType,
            T value) {
        return handler.writePiece(bodies, request, response, type, mediaType, value);
    }

    @Override
    public boolean isBlocking() {
        return handler.isBlocking();
    }

    /** A route's writer, made by Micronaut's handler on first use and kept. */
    static final class OnFirstUse<T> implements ResponseBodyWriter<T> {

        private final Supplier<ResponseBodyWriter<T>> make;
        private final boolean blocking;
        // made at most a few times when first requests race: each is the same writer
        private volatile ResponseBodyWriter<T> writer;

        OnFirstUse(Supplier<ResponseBodyWriter<T>> make, boolean blocking) {
            this.make = make;
            this.blocking = blocking;
        }

        ResponseBodyWriter<T> writer() {
            ResponseBodyWriter<T> made = writer;
            if (made == null) {
                made = make.get();
                writer = made;
            }
            return made;
        }

        @Override
        public boolean isWriteable(Argument<T> type, MediaType mediaType) {
            return writer().isWriteable(type, mediaType);
        }

        @Override
        public MessageBodyWriter<T> createSpecific(Argument<T> type) {
            return writer().createSpecific(type);
        }

        @Override
        public boolean isBlocking() {
            return blocking;
        }

        @Override
        public void writeTo(Argument<T> type, MediaType mediaType, T value, MutableHeaders headers, OutputStream out) {
            writer().writeTo(type, mediaType, value, headers, out);
        }

        @Override
        public ByteBuffer<?> writeTo(
                Argument<T> type,
                MediaType mediaType,
                T value,
                MutableHeaders headers,
                ByteBufferFactory<?, ?> buffers) {
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
}
