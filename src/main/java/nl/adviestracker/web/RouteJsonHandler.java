package nl.adviestracker.web;

import io.micronaut.context.annotation.BootstrapContextCompatible;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.ChunkedMessageBodyReader;
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
final class RouteJsonHandler<T> extends DelegatingBodyWriter<T>
        implements MessageBodyHandler<T>, ChunkedMessageBodyReader<T>, CustomizableJsonHandler {

    private final NettyJsonHandler<T> handler;

    RouteJsonHandler(JsonMapper mapper) {
        this.handler = new NettyJsonHandler<>(mapper);
    }

    @Override
    ResponseBodyWriter<T> writer() {
        return handler;
    }

    @Override
    public MessageBodyWriter<T> createSpecific(Argument<T> type) {
        return new OnFirstUse<>(() -> (ResponseBodyWriter<T>) handler.createSpecific(type), handler.isBlocking());
    }

    @Override
    public boolean isBlocking() {
        return handler.isBlocking();
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

    /** A route's writer, made by Micronaut's handler on first use and kept. */
    static final class OnFirstUse<T> extends DelegatingBodyWriter<T> {

        private final Supplier<ResponseBodyWriter<T>> make;
        private final boolean blocking;
        // made at most a few times when first requests race: each is the same writer
        private volatile ResponseBodyWriter<T> writer;

        OnFirstUse(Supplier<ResponseBodyWriter<T>> make, boolean blocking) {
            this.make = make;
            this.blocking = blocking;
        }

        @Override
        ResponseBodyWriter<T> writer() {
            ResponseBodyWriter<T> made = writer;
            if (made == null) {
                made = make.get();
                writer = made;
            }
            return made;
        }

        @Override
        public MessageBodyWriter<T> createSpecific(Argument<T> type) {
            return writer().createSpecific(type);
        }

        @Override
        public boolean isBlocking() {
            return blocking;
        }
    }
}
