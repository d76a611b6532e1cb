package org.conflictkit.annotators.quote;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictkit.annotators.lexicon.LexiconLine;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.lexicon.ListIndex;
import org.conflictkit.annotators.lexicon.PhrasePattern;
import org.conflictkit.annotators.lexicon.TokenTrie;

/**
 * The speech verbs and the speaker words (titles, bodies, countries) of the quote engines, read
 * from the data files a {@code lists.def} index names (see the README beside them). Immutable
 * once loaded; shared by all engine instances through {@link LexiconResource}.
 */
final class QuoteLexicon
{
    /** The lists.def shipped with the engines, read when no lexicon is bound. */
    static final String DEFAULT_INDEX = "classpath:org/conflictkit/annotators/quote/lists.def";

    /** What a list holds, declared per file in {@code lists.def}; the README says more. */
    enum Kind
    {
        /** Speech verbs: {@code LEMMA<TAB>FORMS[<TAB>FLAGS]}. */
        CUE,
        /** Speaker words, one {@link TermClass} each; a COUNTRY line is NAME|ALTERNATIVE... */
        OFFICIAL_BODY, OFFICIAL_TITLE, LIKELY_OFFICIAL, NEUTRAL, NON_OFFICIAL_BODY,
        NON_OFFICIAL_PERSON, COUNTRY,
        /** Word lists the rules ask about, one word per line (see each file's header). */
        FUNCTION, SKIP, NEGATION, TIME, CHANNEL, RECIPIENT, TITLE_PARTICIPLE, ALIAS_WORD,
        VERB_FORM, ED_ADJECTIVE, PLURAL_ROLE, FEMININE, MASCULINE, DOCUMENT;

        boolean isWordList()
        {
            return ordinal() > COUNTRY.ordinal();
        }
    }

    /** How a speaker word bears on the {@code official} decision. */
    enum TermClass
    {
        OFFICIAL_BODY, OFFICIAL_TITLE, LIKELY_OFFICIAL, NEUTRAL, NON_OFFICIAL_BODY,
        NON_OFFICIAL_PERSON, COUNTRY;

        boolean isNonOfficial()
        {
            return this == NON_OFFICIAL_BODY || this == NON_OFFICIAL_PERSON;
        }

        boolean isOfficial()
        {
            return this == OFFICIAL_BODY || this == OFFICIAL_TITLE;
        }

        /** Bodies and places: their mention is the source's name ("Hezbollah", "Moscow"). */
        boolean namesABody()
        {
            return this == OFFICIAL_BODY || this == NON_OFFICIAL_BODY || this == COUNTRY;
        }
    }

    /**
     * A speech verb form: its lemma and how it takes its reported clause; {@code hearerFirst}
     * verbs never stand before their subject ("“...,” told X" is no English).
     */
    record Cue(String lemma, boolean takesRecipient, boolean directOnly, boolean hearerFirst)
    {
    }

    /**
     * A speaker word; {@code canonical} is the country's name for a COUNTRY entry. An entry
     * written with capitals ("WHO", "SANA") matches only text written the same way, not "who".
     */
    record Term(TermClass termClass, String entry, String canonical)
    {
        boolean caseSensitive()
        {
            return !entry.equals(entry.toLowerCase(Locale.ROOT));
        }
    }

    private final TokenTrie<Cue> cues = new TokenTrie<>();
    private final TokenTrie<Term> terms = new TokenTrie<>();
    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);

    private QuoteLexicon()
    {
    }

    /** The lexicon an index names, loaded once per JVM; null: the bundled one. */
    static QuoteLexicon get(LexiconResource bound)
    {
        return LexiconResource.get(bound, DEFAULT_INDEX, QuoteLexicon.class, QuoteLexicon::load);
    }

    TokenTrie<Cue> cues()
    {
        return cues;
    }

    TokenTrie<Term> terms()
    {
        return terms;
    }

    /** The lower-case words of a word list kind. */
    Set<String> words(Kind kind)
    {
        return words.get(kind);
    }

    /** Splits a lexicon entry into lower-cased tokens the way the segmenter splits text. */
    static List<String> tokens(String entry)
    {
        List<String> tokens = new ArrayList<>();
        for (String word : entry.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean hasDigit = word.chars().anyMatch(Character::isDigit);
            if (word.endsWith("'s") && word.length() > 2) {
                addSplitOnHyphens(tokens, word.substring(0, word.length() - 2), hasDigit);
                tokens.add("'s");
            }
            else {
                addSplitOnHyphens(tokens, word, hasDigit);
            }
        }
        return tokens;
    }

    private static void addSplitOnHyphens(List<String> tokens, String word, boolean hasDigit)
    {
        if (hasDigit || word.indexOf('-') <= 0) {
            tokens.add(word);
            return;
        }
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                tokens.add("-");
            }
            if (!parts[i].isEmpty()) {
                tokens.add(parts[i]);
            }
        }
    }

    /**
     * Loads the lists an index names (see {@link ListIndex}). A phrase listed under two speaker
     * kinds takes the later kind of {@link Kind}.
     */
    static QuoteLexicon load(String name, URL index)
    {
        QuoteLexicon lexicon = new QuoteLexicon();
        ListIndex<Kind> lists = ListIndex.read(name, index, Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.isWordList()) {
                lexicon.words.put(kind, lists.words(kind));
                continue;
            }
            for (LexiconLine line : lists.lines(kind)) {
                try {
                    if (kind == Kind.CUE) {
                        lexicon.addCue(line);
                    }
                    else {
                        lexicon.addTerm(line, TermClass.valueOf(kind.name()));
                    }
                }
                catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
            lexicon.words.put(kind, Set.of());
        }
        return lexicon;
    }

    private void addCue(LexiconLine line)
    {
        String[] fields = line.text().split("\t");
        if (fields.length < 2 || fields.length > 3 || fields[0].isBlank()
                || fields[1].isBlank()) {
            throw new IllegalArgumentException("expected LEMMA<TAB>FORM|FORM...[<TAB>FLAGS]");
        }
        boolean recipient = false;
        boolean directOnly = false;
        boolean hearerFirst = false;
        if (fields.length == 3) {
            for (String flag : fields[2].split(",")) {
                switch (flag.trim()) {
                case "RECIPIENT" -> recipient = true;
                case "DIRECT_ONLY" -> directOnly = true;
                case "HEARER_FIRST" -> hearerFirst = true;
                default -> throw new IllegalArgumentException(
                        "unknown flag '" + flag.trim() + "'");
                }
            }
        }
        Cue cue = new Cue(fields[0].trim(), recipient, directOnly, hearerFirst);
        for (String form : PhrasePattern.expand(fields[1])) {
            cues.put(tokens(form), cue);
        }
    }

    private void addTerm(LexiconLine line, TermClass termClass)
    {
        if (line.text().indexOf('\t') >= 0) {
            throw new IllegalArgumentException("expected one entry per line");
        }
        List<String> names = PhrasePattern.expand(line.text());
        for (String name : names) {
            terms.put(tokens(name), new Term(termClass, name, names.get(0)));
        }
    }
}
