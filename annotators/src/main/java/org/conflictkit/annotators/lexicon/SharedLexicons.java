package org.conflictkit.annotators.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each lexicon once per JVM and hands the same immutable instance to every engine instance
 * (UIMA creates one engine per thread). Keys name the lexicon's location, so engines configured
 * with different lexicon files get different instances.
 */
public final class SharedLexicons
{
    private static final Map<String, Object> LOADED = new ConcurrentHashMap<>();

    /** Loads a lexicon; throws {@link LexiconException} naming the resource on failure. */
    @FunctionalInterface
    public interface Loader<T>
    {
        T load() throws Exception;
    }

    private SharedLexicons()
    {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Loader<T> loader)
    {
        return (T) LOADED.computeIfAbsent(key, k -> {
            try {
                return loader.load();
            }
            catch (LexiconException e) {
                throw e;
            }
            catch (Exception e) {
                throw new LexiconException("Cannot load lexicon " + k + ": " + e.getMessage(), e);
            }
        });
    }
}
