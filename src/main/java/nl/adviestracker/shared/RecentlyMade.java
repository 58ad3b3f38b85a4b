package nl.adviestracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What was made lately, by what it was made of: a value is made again only from inputs not among the last few
 * used. The inputs are the key, so a value is always the one its inputs make; the saving is the making, never the
 * reading. Inputs must be immutable and equal exactly when they make the same value.
 *
 * <p>The inputs are compared with {@code equals} only, newest first, never hashed: they are read afresh for each
 * call, so a hash would be computed over all of them every time, where {@code equals} stops at the first difference
 * and, on a match, reads them once. Readers take no lock; two threads may make the same value at once, and an entry
 * may be lost when two are added at once, which costs only a making.
 */
public final class RecentlyMade<K, V> {

    private record Made<K, V>(K inputs, V value) {}

    private final int kept;
    private volatile List<Made<K, V>> newestFirst = List.of();

    /** Keeps the values of the last {@code kept} inputs used. */
    public RecentlyMade(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("keeps at least one value, not " + kept);
        }
        this.kept = kept;
    }

    /** The value {@code make} makes of {@code inputs}, made again only when they are not among the last ones used. */
    public V of(K inputs, Function<? super K, ? extends V> make) {
        List<Made<K, V>> made = newestFirst;
        for (int i = 0; i < made.size(); i++) {
            Made<K, V> entry = made.get(i);
            if (entry.inputs().equals(inputs)) {
                if (i > 0) {
                    putFirst(entry);
                }
                return entry.value();
            }
        }
        Made<K, V> entry = new Made<>(inputs, make.apply(inputs));
        putFirst(entry);
        return entry.value();
    }

    private synchronized void putFirst(Made<K, V> entry) {
        List<Made<K, V>> list = new ArrayList<>(kept + 1);
        list.add(entry);
        for (Made<K, V> other : newestFirst) {
            if (list.size() < kept && other != entry) {
                list.add(other);
            }
        }
        newestFirst = List.copyOf(list);
    }
}
