package org.conflictkit.annotators.text;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.uima.cas.CAS;

/**
 * The value built last for each CAS, given again while it still fits what the CAS holds, so
 * that engines reading the same document share one copy. Weak keys let a CAS and its value go
 * together; a CAS is processed by one thread at a time, the map itself is synchronized.
 */
public final class LastBuiltPerCas<T>
{
    private final Map<CAS, T> last = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The value built last for {@code cas} if it {@code stillFits}, else a new one from
     * {@code build}.
     */
    public T get(CAS cas, Predicate<T> stillFits, Supplier<T> build)
    {
        T value = last.get(cas);
        if (value != null && stillFits.test(value)) {
            return value;
        }
        value = build.get();
        last.put(cas, value);
        return value;
    }
}
