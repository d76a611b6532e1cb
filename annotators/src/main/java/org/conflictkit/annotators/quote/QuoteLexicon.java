package org.conflictkit.annotators.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictkit.annotators.lexicon.LexiconException;
import org.conflictkit.annotators.lexicon.SharedLexicons;
import org.conflictkit.annotators.lexicon.TokenTrie;

/**
 * The speech verbs and the speaker words (titles, bodies, countries) of the quote engines, read
 * from the data files a {@code lists.def} index names (see the README beside them). Immutable
 * once loaded; shared by all engine instances through {@link SharedLexicons}.
 */
final class QuoteLexicon
{
    /** The lists.def shipped with the engines. */
    static final String DEFAULT_INDEX = "classpath:org/conflictkit/annotators/quote/lists.def";

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

    private QuoteLexicon()
    {
    }

    /** The lexicon an index names, loaded once per JVM. */
    static QuoteLexicon get(String indexLocation)
    {
        return SharedLexicons.get(QuoteLexicon.class.getName() + ":" + indexLocation,
                () -> load(indexLocation));
    }

    TokenTrie<Cue> cues()
    {
        return cues;
    }

    TokenTrie<Term> terms()
    {
        return terms;
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

    private static QuoteLexicon load(String indexLocation) throws IOException
    {
        QuoteLexicon lexicon = new QuoteLexicon();
        String base = indexLocation.substring(0, indexLocation.lastIndexOf('/') + 1);
        List<String> index = readLines(indexLocation);
        for (int i = 0; i < index.size(); i++) {
            String line = content(index.get(i));
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon <= 0) {
                throw new LexiconException(indexLocation + " line " + (i + 1)
                        + ": expected FILE:CATEGORY but got '" + line + "'");
            }
            String file = base + line.substring(0, colon).trim();
            String category = line.substring(colon + 1).trim();
            if (category.equals("CUE")) {
                lexicon.loadCues(file);
            }
            else {
                TermClass termClass;
                try {
                    termClass = TermClass.valueOf(category);
                }
                catch (IllegalArgumentException e) {
                    throw new LexiconException(indexLocation + " line " + (i + 1)
                            + ": unknown category '" + category + "'");
                }
                lexicon.loadTerms(file, termClass);
            }
        }
        return lexicon;
    }

    private void loadCues(String file) throws IOException
    {
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = content(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank()
                    || fields[1].isBlank()) {
                throw new LexiconException(file + " line " + (i + 1)
                        + ": expected LEMMA<TAB>FORM|FORM...[<TAB>FLAGS] but got '" + line + "'");
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
                    default -> throw new LexiconException(
                            file + " line " + (i + 1) + ": unknown flag '" + flag.trim() + "'");
                    }
                }
            }
            Cue cue = new Cue(fields[0].trim(), recipient, directOnly, hearerFirst);
            for (String form : fields[1].split("\\|")) {
                if (form.isBlank()) {
                    throw new LexiconException(file + " line " + (i + 1) + ": empty form");
                }
                cues.put(tokens(form), cue);
            }
        }
    }

    private void loadTerms(String file, TermClass termClass) throws IOException
    {
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = content(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('\t') >= 0 || (termClass != TermClass.COUNTRY && line.contains("|"))) {
                throw new LexiconException(file + " line " + (i + 1)
                        + ": expected one entry per line but got '" + line + "'");
            }
            String[] names = line.split("\\|");
            for (String name : names) {
                if (name.isBlank()) {
                    throw new LexiconException(file + " line " + (i + 1) + ": empty entry");
                }
                terms.put(tokens(name), new Term(termClass, name.trim(), names[0].trim()));
            }
        }
    }

    private static String content(String line)
    {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static List<String> readLines(String location) throws IOException
    {
        if (!location.startsWith("classpath:")) {
            throw new LexiconException("Lexicon location must start with classpath: " + location);
        }
        String path = location.substring("classpath:".length());
        InputStream in = QuoteLexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new LexiconException("Lexicon not found: " + location);
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
