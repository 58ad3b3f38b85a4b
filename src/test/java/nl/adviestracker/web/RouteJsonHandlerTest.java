package nl.adviestracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.http.simple.SimpleHttpHeaders;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RouteJsonHandlerTest {

    @Serdeable
    record Answer(String title, List<Integer> points) {}

    private static final Argument<Answer> TYPE = Argument.of(Answer.class);
    private static final Answer ANSWER = new Answer("Advies \"Armoede\" — één", List.of(1, 2, 3));

    @Test
    void aRoutesWriterWritesWhatMicronautsWriterWrites() {
        ObjectMapper mapper = ObjectMapper.getDefault();

        String ours = written(new RouteJsonHandler<Answer>(mapper).createSpecific(TYPE));
        String micronauts = written(new NettyJsonHandler<Answer>(mapper).createSpecific(TYPE));

        assertThat(ours).isEqualTo(micronauts).contains("\"title\":\"Advies \\\"Armoede\\\" — één\"");
    }

    @Test
    void aRoutesWriterIsMadeOnItsFirstUseAndThenKept() {
        AtomicInteger made = new AtomicInteger();
        var writer = new RouteJsonHandler.OnFirstUse<Answer>(
                () -> {
                    made.incrementAndGet();
                    return (ResponseBodyWriter<Answer>)
                            new NettyJsonHandler<Answer>(ObjectMapper.getDefault()).createSpecific(TYPE);
                },
                false);

        assertThat(made).hasValue(0);
        written(writer);
        written(writer);
        assertThat(made).hasValue(1);
    }

    private static String written(MessageBodyWriter<Answer> writer) {
        var out = new ByteArrayOutputStream();
        writer.writeTo(TYPE, MediaType.APPLICATION_JSON_TYPE, ANSWER, new SimpleHttpHeaders(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
