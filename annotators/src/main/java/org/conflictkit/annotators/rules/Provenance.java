package org.conflictkit.annotators.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one grammar of every annotation's {@code provenance}: {@code ENGINE/RULE} followed by zero
 * or more {@code ; key=value} pairs, for example
 * {@code location/gazetteer; evidence=after:in; resolved=geonames:PPLA}. ENGINE names the engine
 * that wrote the annotation, RULE the rule that decided it (stable names: scores and reviews are
 * keyed on {@code ENGINE/RULE}); the pairs say what the rule relied on. Values never hold a
 * {@code ;} and never start or end with a space.
 */
public final class Provenance
{
    /** The engines that write annotations. */
    public enum Engine
    {
        WEAPON, CASUALTY, LOCATION, QUOTE, SPEAKER;

        /** The name written before the slash. */
        public String label()
        {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String NAME = "[A-Za-z0-9_.:-]+";
    private static final String VALUE = "[^;\\s](?:[^;]*[^;\\s])?";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** A whole provenance string. */
    public static final Pattern GRAMMAR = Pattern.compile("(weapon|casualty|location|quote|speaker)/"
            + NAME + "(?:; " + NAME + "=" + VALUE + ")*");

    private final Engine engine;
    private final String rule;
    private final List<String> pairs;

    private Provenance(Engine engine, String rule, List<String> pairs)
    {
        this.engine = engine;
        this.rule = checkedName(rule);
        this.pairs = pairs;
    }

    /** The provenance of an annotation that {@code rule} of {@code engine} decided. */
    public static Provenance of(Engine engine, String rule)
    {
        return new Provenance(engine, rule, List.of());
    }

    /**
     * This provenance with one more pair; a null or blank value adds nothing. Inside the value,
     * runs of white space become one space and {@code ;} becomes {@code ,}.
     */
    public Provenance with(String key, Object value)
    {
        String text = value == null ? "" : normalised(value.toString());
        if (text.isEmpty()) {
            return this;
        }
        List<String> more = new ArrayList<>(pairs);
        more.add(checkedName(key) + "=" + text);
        return new Provenance(engine, rule, List.copyOf(more));
    }

    /**
     * The provenance of a later decision on the same candidate: {@code rule} decided, the rule
     * that found the candidate becomes the pair {@code candidate=...}, the other pairs stay.
     */
    public Provenance decidedBy(String rule)
    {
        List<String> more = new ArrayList<>();
        more.add("candidate=" + this.rule);
        more.addAll(pairs);
        return new Provenance(engine, rule, List.copyOf(more));
    }

    /** {@code existing} (a provenance string of this grammar) with one more pair. */
    public static String append(String existing, String key, Object value)
    {
        if (!GRAMMAR.matcher(existing).matches()) {
            throw new IllegalArgumentException("Not a provenance: " + existing);
        }
        int slash = existing.indexOf('/');
        int end = existing.indexOf(';');
        Engine engine = Engine.valueOf(existing.substring(0, slash).toUpperCase(Locale.ROOT));
        String rule = existing.substring(slash + 1, end < 0 ? existing.length() : end);
        List<String> pairs = end < 0 ? List.of()
                : List.of(existing.substring(end + 2).split("; "));
        return new Provenance(engine, rule, pairs).with(key, value).toString();
    }

    /** The {@code ENGINE/RULE} part of a provenance string: what decided the annotation. */
    public static String ruleKey(String provenance)
    {
        int end = provenance.indexOf(';');
        return end < 0 ? provenance : provenance.substring(0, end);
    }

    public Engine engine()
    {
        return engine;
    }

    public String rule()
    {
        return rule;
    }

    /** A value with runs of white space as one space, {@code ;} as {@code ,}, no outer spaces. */
    private static String normalised(String value)
    {
        // Most values need nothing: they are returned without a copy (every annotation has some).
        boolean plain = !value.isEmpty() && value.charAt(0) != ' '
                && value.charAt(value.length() - 1) != ' ';
        for (int i = 0; plain && i < value.length(); i++) {
            char c = value.charAt(i);
            plain = c == ' ' ? value.charAt(i - 1) != ' ' : c != ';' && !Character.isWhitespace(c);
        }
        return plain ? value : WHITE_SPACE.matcher(value.replace(';', ',')).replaceAll(" ").strip();
    }

    /** {@code name} when it matches {@link #NAME}; checked by hand, as every annotation does it. */
    private static String checkedName(String name)
    {
        boolean valid = name != null && !name.isEmpty();
        for (int i = 0; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = c < 128 && (Character.isLetterOrDigit(c) || "_.:-".indexOf(c) >= 0);
        }
        if (!valid) {
            throw new IllegalArgumentException("Not a rule or key name: " + name);
        }
        return name;
    }

    @Override
    public String toString()
    {
        StringBuilder text = new StringBuilder(engine.label()).append('/').append(rule);
        for (String pair : pairs) {
            text.append("; ").append(pair);
        }
        return text.toString();
    }
}
