package org.conflictkit.annotators.casualty;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.casualty.CasualtyLexicon.Kind;
import org.conflictkit.annotators.casualty.SentenceLookups.StatusWord;
import org.conflictkit.annotators.lexicon.TokenTrie.Match;
import org.conflictkit.annotators.number.NumberNormalizer;
import org.conflictkit.annotators.number.NumberNormalizer.Number;
import org.conflictkit.annotators.rules.Interruption;

/**
 * The candidate stage: finds the number phrases of a sentence that may count people, with the
 * noun phrase each one counts. Numbers that measure something else (years, distances, money,
 * clock times, weapons) are left out here; whether a candidate is a casualty is decided by
 * {@link StatusRules}.
 */
final class CountFinder
{
    /** Determiners between a partitive "of" and its noun: "four of the gunmen". */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her",
            "our", "those", "these", "your", "my");


    private static final Set<String> BE = Set.of("is", "are", "was", "were");

    /** Words that count one victim before a victim noun: "a child", "another soldier". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "another");

    /** The candidates of a sentence, and where every number phrase starts. */
    record Candidates(List<CountMention> mentions, BitSet numberStarts)
    {
        CountMention startingAt(int token)
        {
            for (CountMention mention : mentions) {
                if (mention.first == token) {
                    return mention;
                }
            }
            return null;
        }
    }

    /** A number phrase; {@code needsNoun} for phrases that end in "of" ("a number of"). */
    private record NumberPhrase(int start, int end, long value, String qualifier,
            boolean needsNoun)
    {
        NumberPhrase(int start, int end, long value, String qualifier)
        {
            this(start, end, value, qualifier, false);
        }
    }

    /** What follows a number: the victim noun, or a status word heading the phrase. */
    private record NounPhrase(int end, int victimStart, int victimEnd, String victimStatus,
            String status, String statusWord, boolean nominal)
    {
        static final NounPhrase NONE = new NounPhrase(-1, -1, -1, null, null, null, false);

        boolean found()
        {
            return end >= 0;
        }
    }

    private CountFinder()
    {
    }

    static Candidates find(SentenceLookups s) throws AnalysisEngineProcessException
    {
        List<CountMention> mentions = new ArrayList<>();
        BitSet numberStarts = new BitSet();
        int i = 0;
        while (i < s.size()) {
            Interruption.check(); // per token: a "sentence" may be a whole page
            NumberPhrase number = readNumber(s, i);
            CountMention mention;
            if (number != null) {
                numberStarts.set(i);
                mention = isMeasure(s, number) ? null : countedPhrase(s, number);
                i = mention != null ? mention.end : number.end;
            }
            else {
                mention = article(s, i);
                i = mention != null ? mention.end : i + 1;
            }
            if (mention != null) {
                numberStarts.set(mention.first);
                mentions.add(mention);
            }
        }
        return new Candidates(mentions, numberStarts);
    }

    /** A qualified number, a vague amount or a plain number starting at {@code i}. */
    private static NumberPhrase readNumber(SentenceLookups s, int i)
    {
        Match<String> qualifier = s.match(Kind.QUALIFIER, i);
        if (qualifier != null) {
            Number number = NumberNormalizer.parse(s.words, i + qualifier.length());
            if (number != null && !number.vague()) {
                return new NumberPhrase(i, i + qualifier.length() + number.length(),
                        number.value(), qualifier.value());
            }
        }
        Match<String> vague = s.match(Kind.VAGUE, i);
        if (vague != null) {
            int end = i + vague.length();
            return new NumberPhrase(i, end, -1, CountMention.VAGUE, s.lower(end - 1).equals("of"));
        }
        Number number = NumberNormalizer.parse(s.words, i);
        if (number == null) {
            return null;
        }
        return number.vague() ? new NumberPhrase(i, i + number.length(), -1, CountMention.VAGUE)
                : new NumberPhrase(i, i + number.length(), number.value(), CountMention.EXACT);
    }

    /** Zero, years, clock times, parts of compounds and numbers with a unit count no victims. */
    private static boolean isMeasure(SentenceLookups s, NumberPhrase number)
    {
        String before = s.lower(number.start - 1);
        String after = s.lower(number.end);
        if (number.value == 0 || before.equals("-") && s.joined(number.start - 2)
                || after.equals("-") && s.joined(number.end - 1)) {
            return true; // "no one", "five-day-old", "Raad-2"
        }
        if (after.equals(":") && s.hasDigit(number.end + 1)
                || before.equals(":") && s.hasDigit(number.start - 2)) {
            return true; // 6:00
        }
        int excludedBefore = s.startOfEntryEndingAt(Kind.EXCLUSION, number.start - 1);
        if (excludedBefore >= 0 && !"AFTER".equals(
                s.valueOfEntry(Kind.EXCLUSION, excludedBefore, number.start - 1))) {
            return true;
        }
        Match<String> excludedAfter = s.match(Kind.EXCLUSION, number.end);
        if (excludedAfter != null && !"BEFORE".equals(excludedAfter.value())) {
            return true;
        }
        return isYear(s, number);
    }

    private static boolean isYear(SentenceLookups s, NumberPhrase number)
    {
        String word = s.lower(number.start);
        return number.end - number.start == 1 && word.length() == 4
                && word.chars().allMatch(Character::isDigit) && number.value >= 1900
                && number.value <= 2100;
    }

    /** The mention made of a number phrase and what it counts, or null when it counts no one. */
    private static CountMention countedPhrase(SentenceLookups s, NumberPhrase number)
    {
        CountMention mention = new CountMention(number.start, number.end, number.value,
                number.qualifier);
        int next = number.end;
        if (s.lower(next).equals("of")) {
            Match<String> pronoun = s.match(Kind.SUBSET, next);
            if (pronoun != null && pronoun.length() == 2) {
                return partitivePronoun(s, mention, next + pronoun.length());
            }
            int start = DETERMINERS.contains(s.lower(next + 1)) ? next + 2 : next + 1;
            NumberPhrase whole = readNumber(s, start);
            if (whole != null) {
                start = whole.end; // "20 of the 30 passengers" counts 20
            }
            Match<String> statusNoun = s.match(Kind.NOUN, next + 1);
            if (statusNoun != null) { // "two of the injured", whose predicate may say more
                int end = next + 1 + statusNoun.length();
                withNounPhrase(s, mention, NounPhrase.NONE);
                mention.end = end;
                mention.predicateStart = end;
                mention.victimStatus = statusNoun.value();
                mention.victimStatusWord = text(s, next + 1, end);
                return mention;
            }
            NounPhrase phrase = nounPhrase(s, start);
            if (phrase.victimStart < 0) {
                return null; // "dozens of drones"
            }
            return withNounPhrase(s, mention, phrase);
        }
        NounPhrase phrase = nounPhrase(s, next);
        if (phrase.found()) {
            return withNounPhrase(s, mention, phrase);
        }
        return !number.needsNoun && endsBareNumber(s, next) ? mention : null;
    }

    /** "5 of whom were children": the span is the number; the victims follow the pronoun. */
    private static CountMention partitivePronoun(SentenceLookups s, CountMention mention, int after)
    {
        mention.partitivePronoun = true;
        mention.predicateStart = after;
        int start = BE.contains(s.lower(after)) ? after + 1 : after;
        NounPhrase phrase = nounPhrase(s, start);
        if (phrase.victimStart >= 0) {
            mention.victimStart = phrase.victimStart;
            mention.victimEnd = phrase.victimEnd;
        }
        return mention;
    }

    /** "a child", "an Israeli soldier", "another soldier", "a 12-year-old boy": one victim. */
    private static CountMention article(SentenceLookups s, int i)
    {
        if (!ARTICLES.contains(s.lower(i)) || s.lower(i - 1).equals("as")) {
            return null; // "described him as a commander" names a role, not a count
        }
        NounPhrase phrase = nounPhrase(s, i + 1);
        if (phrase.victimStart < 0) {
            return null;
        }
        return withNounPhrase(s, new CountMention(i, i + 1, 1, CountMention.EXACT), phrase);
    }

    private static CountMention withNounPhrase(SentenceLookups s, CountMention mention,
            NounPhrase phrase)
    {
        mention.end = phrase.end;
        mention.predicateStart = phrase.end;
        mention.victimStart = phrase.victimStart;
        mention.victimEnd = phrase.victimEnd;
        mention.victimStatus = phrase.victimStatus;
        mention.victimStatusWord = phrase.victimStart < 0 ? null
                : text(s, phrase.victimStart, phrase.victimEnd);
        mention.phraseStatus = phrase.status;
        mention.phraseStatusWord = phrase.statusWord;
        mention.nominal = phrase.nominal;
        return mention;
    }

    /**
     * The noun phrase from {@code start}: modifiers, then a victim head noun ("Armenian
     * soldiers") or a status noun ("confirmed deaths"), or a status word used as a noun after
     * modifiers ("new wounded"). The phrase stops at the head: "members of the force" ->
     * "members".
     */
    private static NounPhrase nounPhrase(SentenceLookups s, int start)
    {
        int j = start;
        int modifiers = 0;
        StatusWord inner = null;
        NounPhrase head = NounPhrase.NONE;
        for (int steps = 0; j < s.size() && steps < 7; steps++) {
            Match<String> victim = s.match(Kind.VICTIM, j);
            if (victim != null) {
                int victimEnd = coordinatedVictimEnd(s, j + victim.length());
                if (continuesNounPhrase(s, victimEnd)) {
                    // "police academy", "child soldiers"; if no later head follows, this one
                    // was the head ("two soldiers Tuesday")
                    if (!head.found()) {
                        head = new NounPhrase(victimEnd, j, victimEnd, victimStatusOf(victim),
                                inner == null ? null : inner.status(),
                                inner == null ? null : text(s, inner.start(), inner.end()),
                                false);
                    }
                    j = victimEnd;
                    modifiers++;
                    continue;
                }
                Match<String> statusNoun = s.match(Kind.NOUN, victimEnd);
                if (statusNoun != null) { // "civilian casualties"
                    return new NounPhrase(victimEnd + statusNoun.length(), j, victimEnd,
                            victimStatusOf(victim), statusNoun.value(),
                            text(s, victimEnd, victimEnd + statusNoun.length()), true);
                }
                return new NounPhrase(victimEnd, j, victimEnd, victimStatusOf(victim),
                        inner == null ? null : inner.status(),
                        inner == null ? null : text(s, inner.start(), inner.end()), false);
            }
            Match<String> statusNoun = s.match(Kind.NOUN, j);
            if (statusNoun != null && inner == null) { // "four deaths", "multiple injuries"
                return new NounPhrase(j + statusNoun.length(), -1, -1, null, statusNoun.value(),
                        text(s, j, j + statusNoun.length()), true);
            }
            StatusWord word = s.statusWordAt(j);
            if (word != null) {
                if (inner != null) {
                    break;
                }
                if (modifiers > 0) { // "30 new wounded"
                    return new NounPhrase(word.end(), -1, -1, null, word.status(),
                            text(s, word.start(), word.end()), true);
                }
                inner = word; // "16 wounded soldiers", or "16 wounded" said after the count
                j = word.end();
                continue;
            }
            if (s.is(Kind.TRANSPARENT, j)) {
                j++;
            }
            else if (isModifier(s, j)) {
                j++;
                modifiers++;
            }
            else {
                break;
            }
        }
        return head;
    }

    /** Where a noun phrase from {@code start} with a victim head ends, or -1: "her baby". */
    static int victimPhraseEnd(SentenceLookups s, int start)
    {
        NounPhrase phrase = nounPhrase(s, start);
        return phrase.victimStart >= 0 ? phrase.end : -1;
    }

    /** "police and soldiers" is one victim phrase when no number stands before the second. */
    private static int coordinatedVictimEnd(SentenceLookups s, int victimEnd)
    {
        String next = s.lower(victimEnd);
        if (next.equals("and") || next.equals("or")) {
            Match<String> second = s.match(Kind.VICTIM, victimEnd + 1);
            if (second != null && !continuesNounPhrase(s, victimEnd + 1 + second.length())) {
                return victimEnd + 1 + second.length();
            }
        }
        return victimEnd;
    }

    private static String victimStatusOf(Match<String> victim)
    {
        return victim.value().isEmpty() ? null : victim.value();
    }

    /**
     * Adjectives, names and nouns that may stand before a head noun. Participles that are also
     * fillers modify a noun here ("four confirmed deaths").
     */
    static boolean isModifier(SentenceLookups s, int i)
    {
        String word = s.lower(i);
        if (word.equals("-")) { // pro-government, 12-year-old
            return (s.hasLetter(i - 1) || s.hasDigit(i - 1)) && s.hasLetter(i + 1);
        }
        if (s.lower(i + 1).equals("-") && s.joined(i) && s.hasLetter(i + 2)
                && (s.hasDigit(i) || NumberNormalizer.parse(s.words, i) != null)) {
            return true; // the number of a compound adjective: "a 12-year-old boy"
        }
        return s.hasLetter(i) && !s.isAny(Kind.FUNCTION, i)
                && (!s.isAny(Kind.FILLER, i) || word.endsWith("ed"))
                && !s.isAny(Kind.COORDINATOR, i) && !s.isAny(Kind.SUBSET, i)
                && !s.isAny(Kind.NOUN, i) && !s.isAdverb(i)
                && NumberNormalizer.parse(s.words, i) == null;
    }

    /**
     * True when the word after a victim noun shows that the noun was a modifier ("police
     * academy"): a lower-case content word that is no participle or status word.
     */
    private static boolean continuesNounPhrase(SentenceLookups s, int i)
    {
        String word = s.lower(i);
        return isModifier(s, i) && !word.equals("-")
                && !s.isAny(Kind.FILLER, i) && s.statusWordAt(i) == null
                && !word.endsWith("ing") && !word.endsWith("ed");
    }

    /** A number without a noun counts people only before a boundary: "killed 21, ...". */
    private static boolean endsBareNumber(SentenceLookups s, int i)
    {
        if (i >= s.size()) {
            return true;
        }
        if (!s.hasLetter(i)) {
            return !s.hasDigit(i) && !(s.lower(i).equals("-") && s.joined(i - 1));
        }
        return s.isAny(Kind.FUNCTION, i) || s.isAny(Kind.FILLER, i)
                || s.isAny(Kind.COORDINATOR, i) || s.isAny(Kind.SUBSET, i)
                || s.statusWordAt(i) != null || s.isAdverb(i);
    }

    private static String text(SentenceLookups s, int start, int end)
    {
        return String.join(" ", s.words.subList(start, end));
    }
}
