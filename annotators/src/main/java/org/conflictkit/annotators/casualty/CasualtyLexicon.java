package org.conflictkit.annotators.casualty;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictkit.annotators.lexicon.LexiconLine;
import org.conflictkit.annotators.lexicon.ListIndex;
import org.conflictkit.annotators.lexicon.PhrasePattern;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.segment.NewsSegmenter;

/**
 * The casualty engine's vocabulary: lists of words and phrases indexed by a {@code lists.def}
 * (read by {@link ListIndex}), each list one entry per line as its header comment declares.
 * Entries are cut into tokens like text and matched case-insensitively. Immutable once loaded,
 * so one instance serves every engine instance.
 */
final class CasualtyLexicon
{
    /** How the engine uses a list, and which value column its entries have. */
    enum Kind
    {
        /** Transitive status verbs: "killed 12", "12 were killed". Value: a status. */
        VERB(Column.STATUS),
        /** Status verbs without object: "12 died". Value: a status. */
        INTRANSITIVE(Column.STATUS),
        /** Status adjectives and participles: "three dead", "16 wounded soldiers". */
        ADJECTIVE(Column.STATUS),
        /** Status nouns: "four deaths", "the deaths of 12", "the death toll rose to 50". */
        NOUN(Column.STATUS),
        /** Victim head nouns, optionally with the status the noun carries. */
        VICTIM(Column.OPTIONAL_STATUS),
        /** Qualifiers before a number. Value: a qualifier. */
        QUALIFIER(Column.QUALIFIER),
        /** Phrases that stand for a vague amount: "a number of". */
        VAGUE(Column.NONE),
        /** Words between a count and its status predicate: "were", "reportedly". */
        FILLER(Column.NONE),
        /** Words between a status word and the count it governs: "another", "rose to". */
        LINK(Column.NONE),
        /** Phrases that make a count part of an earlier one: "including", "of whom". */
        SUBSET(Column.NONE),
        /** Words that join counts of one status: "and". */
        COORDINATOR(Column.NONE),
        /** Words that end the noun phrase after a number. */
        FUNCTION(Column.NONE),
        /** Words that show a number is no casualty count. Value: BEFORE, AFTER or AROUND. */
        EXCLUSION(Column.POSITION),
        /** Words of dates, read as EXCLUSION AROUND: month names ("May" and "March" left out). */
        DATE(Column.NONE),
        /** Words in the noun phrase that do not make a status word after them a noun: "more". */
        TRANSPARENT(Column.WORD),
        /** Verbs of a rising toll: "the death toll rose to 50". */
        TOLL_VERB(Column.WORD),
        /** Verbs of speech right after a count make it the source: "three witnesses said". */
        SPEECH_VERB(Column.WORD),
        /** Words of time after a participle: "a soldier killed yesterday" is no active verb. */
        TIME_WORD(Column.WORD);

        private final Column column;

        Kind(Column column)
        {
            this.column = column;
        }
    }

    /** The value column of a list. */
    private enum Column
    {
        NONE(Set.of()), WORD(Set.of()),
        STATUS(Set.of("KILLED", "INJURED", "CASUALTIES", "MISSING", "CAPTURED")),
        OPTIONAL_STATUS(Set.of("KILLED", "INJURED", "CASUALTIES", "MISSING", "CAPTURED")),
        QUALIFIER(Set.of("AT_LEAST", "MORE_THAN", "ABOUT",
                "AT_MOST")), POSITION(Set.of("BEFORE", "AFTER", "AROUND"));

        private final Set<String> allowed;

        Column(Set<String> allowed)
        {
            this.allowed = allowed;
        }
    }

    /** The value of entries without a value column. */
    static final String PRESENT = "";

    private final Map<Kind, TokenTrie<String>> lists;
    private final Map<Kind, Set<String>> words;

    private CasualtyLexicon(Map<Kind, TokenTrie<String>> lists, Map<Kind, Set<String>> words)
    {
        this.lists = lists;
        this.words = words;
    }

    /**
     * Loads the lists an index names (see {@link ListIndex}).
     *
     * @param name
     *            the index's location as given, for error messages.
     */
    static CasualtyLexicon load(String name, URL index)
    {
        ListIndex<Kind> lists = ListIndex.read(name, index, Kind.class);
        Map<Kind, TokenTrie<String>> tries = new EnumMap<>(Kind.class);
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            tries.put(kind, new TokenTrie<>());
            words.put(kind, kind.column == Column.WORD ? lists.words(kind) : Set.of());
        }
        for (Kind kind : Kind.values()) {
            if (kind.column == Column.WORD) {
                continue;
            }
            for (LexiconLine line : lists.lines(kind)) {
                if (kind == Kind.DATE) {
                    addEntry(line, kind, tries.get(Kind.EXCLUSION), "AROUND");
                }
                else {
                    addEntry(line, kind, tries.get(kind), null);
                }
            }
        }
        return new CasualtyLexicon(tries, words);
    }

    /** The longest entry of a list that starts at token {@code start}, or null. */
    TokenTrie.Match<String> match(Kind kind, List<String> lowerTokens, int start)
    {
        return lists.get(kind).longestMatch(lowerTokens, start, t -> t);
    }

    /** The lower-case words of a word list ({@code Column.WORD} kinds). */
    Set<String> words(Kind kind)
    {
        return words.get(kind);
    }

    /** The value of the entry that covers exactly these tokens, or null. */
    String get(Kind kind, List<String> lowerTokens)
    {
        return lists.get(kind).get(lowerTokens);
    }


    /** Adds a line's phrases to a trie, with the line's value or {@code fixedValue}. */
    private static void addEntry(LexiconLine line, Kind kind, TokenTrie<String> trie,
            String fixedValue)
    {
        String[] columns = line.text().split("\t", -1);
        String value = fixedValue != null ? fixedValue
                : columns.length > 1 ? columns[1].strip() : PRESENT;
        boolean valueRequired = kind.column != Column.NONE
                && kind.column != Column.OPTIONAL_STATUS;
        if (columns.length > 2 || (kind.column == Column.NONE && columns.length > 1)
                || (valueRequired && columns.length < 2)
                || (columns.length == 2 && !kind.column.allowed.contains(value))) {
            throw line.error("expected " + describe(kind.column));
        }
        try {
            for (String phrase : PhrasePattern.expand(columns[0])) {
                trie.put(lowerTokens(phrase), value);
            }
        }
        catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
    }

    private static String describe(Column column)
    {
        return switch (column) {
        case NONE, WORD -> "PHRASE";
        case OPTIONAL_STATUS -> "PHRASE or PHRASE<TAB>STATUS with STATUS in " + column.allowed;
        default -> "PHRASE<TAB>VALUE with VALUE in " + column.allowed;
        };
    }

    /** Lower-cased tokens of an entry, cut like the text it is matched against. */
    static List<String> lowerTokens(String phrase)
    {
        List<String> tokens = new ArrayList<>();
        for (String token : NewsSegmenter.tokens(phrase)) {
            tokens.add(token.toLowerCase(Locale.ROOT));
        }
        return tokens;
    }
}
