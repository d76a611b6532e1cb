package org.conflictkit.annotators.weapon;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkit.annotators.lexicon.LexiconLine;
import org.conflictkit.annotators.lexicon.ListIndex;
import org.conflictkit.annotators.lexicon.PhrasePattern;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.segment.NewsSegmenter;
import org.conflictkit.annotators.text.EnglishPlural;
import org.conflictkit.type.ClosedValueSet;

/**
 * The weapon lexicon: list files named by a {@code lists.def} index (see the README beside the
 * default lists). Immutable once loaded, so one instance serves every engine instance.
 */
public final class WeaponLexicon
{
    /**
     * What a list contributes; declared per file in {@code lists.def}. The kinds after
     * NATIONALITY are word lists, one word per line, that the rules and the mention finder ask
     * about (README.md says which rule uses which).
     */
    public enum Kind
    {
        HEAD, TAIL, MODIFIER, MODEL, FAMILY, BLOCK, NATIONALITY,
        UNIT_WORD, NAMED_UNIT_WORD, VERBABLE, SUBJECT_NOUN, NOUN_FOLLOWER, PARTICLE,
        COMPANY_WORD, COMPANY_VERB, CIVIL_MARKER, CIVIL_SENTENCE, BODY_WORD, ARM_POSTURE,
        PERSON_WORD, BOMB_VEHICLE, MINING_WORD, EXPLOSION_WORD, NOUN_CUE, FILL_WORD,
        CHEMICAL_WORD, CALIBRE_UNIT, EVENT_NOUN, ORGANISATION_WORD, PERSON_MODIFIER,
        FIGURATIVE_TARGET;

        /** A plain word list, held as a set of lower-case words. */
        boolean isWordList()
        {
            return ordinal() > NATIONALITY.ordinal();
        }
    }

    /** Entry flags, written in lower case with hyphens in the lists ("needs-head"). */
    public enum Flag
    {
        CASED, NEEDS_HEAD, AFTER_MODEL, AFTER_MODIFIER, GENERIC, NOUN_ONLY, CIVIL, HYPHEN
    }

    /**
     * One line of a list.
     *
     * @param context
     *            word beginnings of which one must occur near the mention (empty: none needed).
     * @param source
     *            file and line, for provenance and error messages.
     */
    public record Entry(Kind kind, String category, String model, Set<Flag> flags,
            List<String> context, String source)
    {
        public boolean has(Flag flag)
        {
            return flags.contains(flag);
        }
    }

    /**
     * One surface form of an entry as stored in the trie.
     *
     * @param written
     *            the form's tokens as written in the list, for the case check of cased entries.
     * @param lead
     *            how many leading tokens are context that stays out of the span.
     * @param trail
     *            how many trailing tokens are context that stays out of the span.
     */
    public record Form(Entry entry, List<String> written, int lead, int trail)
    {
    }

    /** A designator family such as {@code Su-}: prefix key in lower case without hyphen. */
    public record Family(String prefix, String key, String category, boolean hyphen,
            boolean needsHead, String source)
    {
    }

    private static final Pattern BRACKETS = Pattern
            .compile("^(?:\\[([^\\]]*)\\])?([^\\[\\]]*)(?:\\[([^\\]]*)\\])?$");

    private final TokenTrie<Form> trie = new TokenTrie<>();
    private final Map<List<String>, Form> forms = new HashMap<>();
    private final Set<List<String>> generatedForms = new HashSet<>();
    private final List<Family> families = new ArrayList<>();
    private final Set<String> nationalities = new HashSet<>();
    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);

    private WeaponLexicon()
    {
    }

    /**
     * Loads the lists an index names (see {@link ListIndex}).
     *
     * @param name
     *            the index's location as given, for error messages.
     */
    public static WeaponLexicon load(String name, URL index)
    {
        WeaponLexicon lexicon = new WeaponLexicon();
        ListIndex<Kind> lists = ListIndex.read(name, index, Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.isWordList()) {
                lexicon.words.put(kind, lists.words(kind));
                continue;
            }
            for (LexiconLine line : lists.lines(kind)) {
                try {
                    lexicon.parseLine(line.text(), kind, line.where());
                }
                catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
        }
        lexicon.families.sort(Comparator.comparingInt((Family f) -> f.key().length()).reversed());
        return lexicon;
    }

    /** The normalised key of a token: lower case, hyphens inside a word and curly quotes gone. */
    public static String key(String token)
    {
        String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.length() > 1) {
            lower = lower.replace("-", "").replace("\u2010", "").replace("\u2011", "");
        }
        return lower.isEmpty() ? token : lower;
    }

    /** The longest form starting at {@code start} of a sentence's token keys, or null. */
    public TokenTrie.Match<Form> longestMatch(List<String> keys, int start)
    {
        return trie.longestMatch(keys, start, k -> k);
    }

    /** The family whose prefix the designator starts with, or null. */
    public Family family(String designatorKey)
    {
        for (Family family : families) {
            if (designatorKey.startsWith(family.key())) {
                return family;
            }
        }
        return null;
    }

    /** The words of a word list kind, lower-cased. */
    public Set<String> words(Kind kind)
    {
        return words.get(kind);
    }

    public boolean isNationality(String token)
    {
        return nationalities.contains(token.toLowerCase(Locale.ROOT));
    }

    private void parseLine(String line, Kind kind, String source)
    {
        String[] fields = line.split(";", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        if (fields.length > 4) {
            throw new IllegalArgumentException("more than four ';'-separated fields");
        }
        String category = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : null;
        String model = fields.length > 2 && !fields[2].isEmpty() ? fields[2] : null;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<String> context = new ArrayList<>();
        if (fields.length > 3) {
            parseFlags(fields[3], flags, context);
        }
        if (category != null && !ClosedValueSet.WEAPON_CATEGORY.allowed().contains(category)) {
            throw new IllegalArgumentException("unknown category " + category);
        }
        switch (kind) {
        case NATIONALITY -> nationalities.add(fields[0].toLowerCase(Locale.ROOT));
        case FAMILY -> {
            String prefix = fields[0];
            families.add(new Family(prefix, key(prefix.replace("-", "")), category,
                    flags.contains(Flag.HYPHEN), flags.contains(Flag.NEEDS_HEAD), source));
        }
        default -> {
            if ((kind == Kind.HEAD || kind == Kind.MODEL) && category == null) {
                throw new IllegalArgumentException("a " + kind + " entry needs a category");
            }
            if (kind == Kind.MODEL && model == null) {
                throw new IllegalArgumentException("a MODEL entry needs a model");
            }
            Entry entry = new Entry(kind, category, model, flags, List.copyOf(context), source);
            for (String form : PhrasePattern.expand(fields[0])) {
                addForm(entry, form);
            }
        }
        }
    }

    private static void parseFlags(String field, Set<Flag> flags, List<String> context)
    {
        for (String flag : field.split("\\s+")) {
            if (flag.isEmpty()) {
                continue;
            }
            if (flag.startsWith("context=")) {
                for (String word : flag.substring("context=".length()).split("\\|")) {
                    context.add(word.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            try {
                flags.add(Flag.valueOf(flag.toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
    }

    private void addForm(Entry entry, String form)
    {
        Matcher m = BRACKETS.matcher(form);
        if (form.isEmpty() || !m.matches() || m.group(2).isBlank()) {
            throw new IllegalArgumentException("bad surface form '" + form + "'");
        }
        List<String> lead = words(m.group(1));
        List<String> core = words(m.group(2));
        List<String> trail = words(m.group(3));
        put(entry, lead, core, trail, false);
        boolean pluralise = trail.isEmpty() && entry.kind() != Kind.MODIFIER;
        String last = core.get(core.size() - 1);
        if (pluralise && !last.toLowerCase(Locale.ROOT).endsWith("s")) {
            List<String> plural = new ArrayList<>(core);
            plural.set(plural.size() - 1, EnglishPlural.of(last));
            put(entry, lead, plural, trail, true);
        }
    }

    /**
     * Stores a form; a form written in a list wins over a plural made for another entry, two
     * written forms of different entries are an error.
     */
    private void put(Entry entry, List<String> lead, List<String> core, List<String> trail,
            boolean generated)
    {
        List<String> written = new ArrayList<>(lead);
        written.addAll(core);
        written.addAll(trail);
        List<String> keys = written.stream().map(WeaponLexicon::key).toList();
        Form form = new Form(entry, List.copyOf(core), lead.size(), trail.size());
        Form earlier = forms.get(keys);
        if (earlier != null && (earlier.entry() == entry || generated)) {
            return;
        }
        if (earlier != null && !generatedForms.contains(keys)) {
            throw new IllegalArgumentException(
                    "'" + String.join(" ", written) + "' is already listed at "
                            + earlier.entry().source());
        }
        if (generated) {
            generatedForms.add(keys);
        }
        else {
            generatedForms.remove(keys);
        }
        forms.put(keys, form);
        trie.put(keys, form);
    }

    /** Tokens of a form, split as the segmenter splits text, hyphens between words dropped. */
    private static List<String> words(String text)
    {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        List<int[]> spans = NewsSegmenter.tokenize(text, 0, text.length());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            if (!isGluedHyphen(text, spans, i)) {
                words.add(text.substring(span[0], span[1]));
            }
        }
        return words;
    }

    /** A hyphen token touching the words on both sides ("car-bomb"), which matching ignores. */
    static boolean isGluedHyphen(String text, List<int[]> spans, int i)
    {
        int[] span = spans.get(i);
        return span[1] - span[0] == 1 && "-\u2010\u2011".indexOf(text.charAt(span[0])) >= 0
                && i > 0 && i + 1 < spans.size() && spans.get(i - 1)[1] == span[0]
                && spans.get(i + 1)[0] == span[1];
    }
}
