package nl.adviestracker.shared;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items over all pages. */
@Serdeable
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
