package org.conflictkit.annotators.lexicon;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;
import org.dkpro.core.api.resources.ResourceUtils;

/**
 * The lexicon of an engine, bound to the engine's external resource {@value #KEY}: the location
 * of a {@code lists.def} index, resolved as DKPro Core resolves locations
 * ({@code classpath:org/...}, a file path, a URL). Bind it with
 * {@code createEngineDescription(WeaponAnnotator.class, WeaponAnnotator.KEY_LEXICON,
 * LexiconResource.at("my/lists.def"))}; an engine without a binding reads its bundled lists.
 * <p>
 * UIMA creates one engine instance per thread, and each may get its own resource object; the
 * parsed lexicon behind them is loaded once per JVM for each location and kind of lexicon, and
 * shared, immutable, by all of them.
 */
public final class LexiconResource
    implements SharedResourceObject
{
    /** The name of the external resource every engine takes its lexicon through. */
    public static final String KEY = "lexicon";

    private static final Map<String, Object> LOADED = new ConcurrentHashMap<>();

    private String location;
    private URL url;

    /** Loads a lexicon from its index; may throw {@link LexiconException}. */
    @FunctionalInterface
    public interface Loader<T>
    {
        T load(String name, URL index) throws IOException;
    }

    /** For UIMA: the object is created empty and then {@link #load loaded}. */
    public LexiconResource()
    {
    }

    private LexiconResource(String location) throws IOException
    {
        resolve(location);
    }

    /** A description that binds the lexicon index at {@code location} to an engine's key. */
    public static ExternalResourceDescription at(String location)
    {
        return ExternalResourceFactory.createSharedResourceDescription(location,
                LexiconResource.class);
    }

    @Override
    public void load(DataResource data) throws ResourceInitializationException
    {
        URI uri = data.getUri();
        // A plain path keeps its spaces; classpath: and URLs stay as written.
        String given = data.getUrl() != null ? data.getUrl().toString()
                : uri.getScheme() == null ? uri.getPath() : uri.toString();
        try {
            resolve(given);
        }
        catch (IOException e) {
            throw new ResourceInitializationException(
                    new LexiconException("Cannot find lexicon " + given + " (" + e + ")", e));
        }
    }

    private void resolve(String given) throws IOException
    {
        location = given;
        url = ResourceUtils.resolveLocation(given, LexiconResource.class.getClassLoader(), null);
    }

    /** The index location as given. */
    public String location()
    {
        return location;
    }

    /**
     * The lexicon of an engine: the bound resource's, or the bundled one at
     * {@code defaultLocation} when the engine has none bound.
     *
     * @param kind
     *            which engine's lexicon (its class): the same index read by two kinds of lexicon
     *            gives two objects.
     */
    public static <T> T get(LexiconResource bound, String defaultLocation, Class<T> kind,
            Loader<T> loader)
    {
        return get(bound, defaultLocation, kind.getName(), loader);
    }

    /** As {@link #get(LexiconResource, String, Class, Loader)}, with a key of its own. */
    public static <T> T get(LexiconResource bound, String defaultLocation, String kind,
            Loader<T> loader)
    {
        LexiconResource resource = bound;
        if (resource == null) {
            try {
                resource = new LexiconResource(defaultLocation);
            }
            catch (IOException e) {
                throw new LexiconException("Cannot find lexicon " + defaultLocation, e);
            }
        }
        return resource.load(kind, loader);
    }

    @SuppressWarnings("unchecked")
    private <T> T load(String kind, Loader<T> loader)
    {
        return (T) LOADED.computeIfAbsent(kind + " " + url, k -> {
            try {
                return loader.load(location, url);
            }
            catch (IOException e) {
                throw new LexiconException(
                        "Cannot load lexicon " + location + ": " + e.getMessage(), e);
            }
        });
    }
}
