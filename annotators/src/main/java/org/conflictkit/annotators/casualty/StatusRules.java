package org.conflictkit.annotators.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.conflictkit.annotators.casualty.CasualtyLexicon.Kind;
import org.conflictkit.annotators.casualty.CountFinder.Candidates;
import org.conflictkit.annotators.casualty.SentenceLookups.StatusWord;
import org.conflictkit.annotators.lexicon.TokenTrie.Match;
import org.conflictkit.annotators.number.NumberNormalizer;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;

/**
 * The decision stage: ordered, named rules that give each candidate count its status, or drop
 * it. The first rule that decides wins; its name and the word it relied on become the
 * annotation's provenance. Candidates are decided left to right, so later counts can share the
 * status of earlier ones ("including", "and").
 */
final class StatusRules
{
    /**
     * What a rule says about a candidate: the status, the words it relied on, and where those
     * words end when they follow the count (else -1).
     */
    record Decision(String status, String evidence, int evidenceEnd)
    {
        static final Decision DROP = new Decision(null, null, -1);

        Decision(String status, String evidence)
        {
            this(status, evidence, -1);
        }
    }

    /** A named rule; {@code apply} returns null when the rule has nothing to say. */
    record Rule(String name, Function<Context, Decision> apply)
    {
    }

    /** A status word found by scanning from a candidate, and where it starts. */
    private record Found(String status, String word, int start, int end, boolean excluded)
    {
        static final Found NOTHING = new Found(null, null, -1, -1, false);

        static Found excluded(String word)
        {
            return new Found(null, word, -1, -1, true);
        }
    }

    /** What the rules look at for one candidate. */
    static final class Context
    {
        final SentenceLookups s;
        final Candidates candidates;
        final CountMention mention;
        final List<CountMention> decided;
        final Found before;
        final Found after;

        Context(SentenceLookups s, Candidates candidates, CountMention mention,
                List<CountMention> decided)
        {
            this.s = s;
            this.candidates = candidates;
            this.mention = mention;
            this.decided = decided;
            this.before = governingWordBefore(s, mention);
            this.after = predicateAfter(s, candidates, mention);
        }
    }

    /** Passive auxiliaries: "were killed" is no active verb with an object. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been",
            "being");


    /** Prepositions that may follow a count before a coordinated one: "4 in X and 2 in Y". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "near", "inside",
            "outside", "across", "around", "during", "from", "along");

    /** Possessives between "and" and a count: "a mother and her three children". */
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "its", "our");

    /** Words that start an object after a verb: "killed | 12 soldiers", "killed | the". */
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "his", "her",
            "their", "its", "our", "several", "many", "dozens", "hundreds", "scores");


    /** Pronouns that are objects: "another man abducted him". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

    /** Quotation marks between a status verb and its count: killed “18 Christians”. */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d", "'",
            "\u2018", "\u2019");

    /** What rejects a candidate count that no rule decided. */
    private static final String NO_STATUS = "no-status-word";

    /** The rules, in the order they are tried. */
    static final List<Rule> RULES = List.of(
            new Rule("not-a-casualty", StatusRules::notACasualty),
            new Rule("number-given-by-count", StatusRules::numberGivenByCount),
            new Rule("status-in-phrase", StatusRules::statusInPhrase),
            new Rule("status-right-after", StatusRules::statusRightAfter),
            new Rule("count-of-the-number-of", StatusRules::countOfTheNumberOf),
            new Rule("status-word-before", StatusRules::statusWordBefore),
            new Rule("predicate-after", StatusRules::predicateAfter),
            new Rule("victim-noun-status", StatusRules::victimNounStatus),
            new Rule("part-of-earlier-count", StatusRules::partOfEarlierCount),
            new Rule("coordinated-with-earlier-count", StatusRules::coordinatedCount));

    private StatusRules()
    {
    }

    /**
     * The candidates that are casualty counts, with status and provenance set. Rejections go to
     * {@code log} when a document is explained (else it is null).
     */
    static List<CountMention> decide(SentenceLookups s, Candidates candidates, DecisionLog log)
    {
        List<CountMention> decided = new ArrayList<>();
        for (CountMention mention : candidates.mentions()) {
            Context context = new Context(s, candidates, mention, decided);
            String rejectedBy = NO_STATUS;
            for (Rule rule : RULES) {
                Decision decision = rule.apply().apply(context);
                if (decision == null) {
                    continue;
                }
                if (decision.status() != null) {
                    mention.status = decision.status();
                    mention.statusEnd = decision.evidenceEnd();
                    mention.provenance = Provenance.of(Engine.CASUALTY, rule.name())
                            .with("evidence", decision.evidence()).toString();
                    decided.add(mention);
                    rejectedBy = null;
                }
                else {
                    rejectedBy = rule.name();
                }
                break;
            }
            if (rejectedBy != null && log != null) {
                log.rejected(s.begin(mention.first), s.end(mention.end - 1),
                        Provenance.of(Engine.CASUALTY, rejectedBy).with("count", mention.count));
            }
        }
        return decided;
    }

    /**
     * "exchange of 500 prisoners", "20 hostages were released", and sources: "..., a district
     * official said", "three witnesses told AFP".
     */
    private static Decision notACasualty(Context c)
    {
        return c.before.excluded() || c.after.excluded()
                || c.s.is(Kind.SPEECH_VERB, c.mention.end) ? Decision.DROP : null;
    }

    /**
     * "the number of soldiers killed rose to 14", "brings to 14 the number of soldiers killed":
     * the phrase names the count that a number gives, and only the number is tagged.
     */
    private static Decision numberGivenByCount(Context c)
    {
        CountMention m = c.mention;
        if (!isTheNumberOf(c.s, m)) {
            return null;
        }
        for (CountMention other : c.candidates.mentions()) {
            // the number alone, whose victims the phrase may have lent it already
            if (other != m && other.end == other.numberEnd && (other.end == m.first
                    && c.s.lower(other.first - 1).equals("to")
                    || other.first > m.first && theNumberOfBefore(c, other) == m)) {
                return Decision.DROP;
            }
        }
        return null;
    }

    /**
     * The number that a "the number of" phrase gives, with the phrase's status and victims:
     * "raising to 14 the number of soldiers killed", "the number of civilians killed in the town
     * stood at 22".
     */
    private static Decision countOfTheNumberOf(Context c)
    {
        CountMention m = c.mention;
        if (!m.isBare() || m.partitivePronoun) {
            return null;
        }
        CountMention phrase = c.candidates.startingAt(m.end);
        if (phrase == null || !isTheNumberOf(c.s, phrase) || !c.s.lower(m.first - 1).equals("to")) {
            phrase = theNumberOfBefore(c, m);
        }
        if (phrase == null) {
            return null;
        }
        String status = phrase.phraseStatus;
        String word = phrase.phraseStatusWord;
        if (status == null) {
            Found predicate = predicateAfter(c.s, c.candidates, phrase);
            status = predicate.status() != null ? predicate.status() : phrase.victimStatus;
            word = predicate.status() != null ? predicate.word() : phrase.victimStatusWord;
        }
        if (status == null) {
            return null;
        }
        m.victimStart = phrase.victimStart;
        m.victimEnd = phrase.victimEnd;
        return new Decision(status, text(c.s, phrase.first, phrase.end) + " " + word);
    }

    /**
     * The "the number of" phrase a number gives over a copula or a toll verb: "the number of
     * people killed in the raids | rose to | 2,100"; null when there is none.
     */
    private static CountMention theNumberOfBefore(Context c, CountMention number)
    {
        int k = number.first - 1;
        boolean verb = false;
        for (int steps = 0; k >= 0 && steps < 5 && (isLink(c.s, k) || c.s.isAdverb(k)
                || c.s.is(Kind.TOLL_VERB, k)); steps++) {
            verb |= c.s.is(Kind.TOLL_VERB, k) || BE.contains(c.s.lower(k));
            k--;
        }
        if (!verb) {
            return null;
        }
        for (CountMention phrase : c.candidates.mentions()) {
            if (isTheNumberOf(c.s, phrase) && phrase.first < k && k - phrase.first <= 12
                    && !hasClauseBreak(c.s, phrase.first, k + 1)
                    && !hasNumberBetween(c, phrase.end, k + 1)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean hasNumberBetween(Context c, int from, int to)
    {
        int next = c.candidates.numberStarts().nextSetBit(from);
        return next >= 0 && next < to;
    }

    private static boolean isTheNumberOf(SentenceLookups s, CountMention m)
    {
        return CountMention.VAGUE.equals(m.qualifier) && s.lower(m.first).equals("the")
                && s.lower(m.first + 1).equals("number") && s.lower(m.first + 2).equals("of");
    }

    /** "four confirmed deaths", "3,000 civilian casualties", "16 wounded soldiers". */
    private static Decision statusInPhrase(Context c)
    {
        CountMention m = c.mention;
        if (m.phraseStatus == null) {
            return null;
        }
        if (m.victimStart < 0 && c.s.isVerb(m.end - 1, m.end)
                && startsObject(c.s, c.candidates, m.end)) {
            return Decision.DROP; // "two factions killed 55 people": the count is the agent
        }
        return new Decision(m.phraseStatus, m.phraseStatusWord);
    }

    /** "49 soldiers killed", "three dead", "more than 60 injured". */
    private static Decision statusRightAfter(Context c)
    {
        CountMention m = c.mention;
        if (c.after.status() == null || c.after.start() != m.predicateStart) {
            return null;
        }
        int wordEnd = c.after.end();
        if (m.isBare() && !m.partitivePronoun && c.s.isAdjective(c.after.start(), wordEnd)
                && (!c.s.isVerb(c.after.start(), wordEnd) || followsNominalCount(c))) {
            m.end = wordEnd; // "three dead" names the dead; "60 injured" is an elided verb
            m.nominal = true;
        }
        return new Decision(c.after.status(), c.after.word(), c.after.end());
    }

    /** "killing 12", "the deaths of 12 soldiers", "the death toll rose to 50". */
    private static Decision statusWordBefore(Context c)
    {
        return c.before.status() == null ? null
                : new Decision(c.before.status(), c.before.word());
    }

    /** "12 soldiers were reportedly killed", "14 people, among them ..., were killed". */
    private static Decision predicateAfter(Context c)
    {
        return c.after.status() == null ? null
                : new Decision(c.after.status(), c.after.word(), c.after.end());
    }

    /** "two martyrs", "some bodies", "hostages", "two of the injured". */
    private static Decision victimNounStatus(Context c)
    {
        CountMention m = c.mention;
        return m.victimStatus == null ? null : new Decision(m.victimStatus, m.victimStatusWord);
    }

    /** "98 people were hospitalised, including 16 children", "50 died, 5 of whom ...". */
    private static Decision partOfEarlierCount(Context c)
    {
        CountMention m = c.mention;
        int cueStart = c.s.startOfEntryEndingAt(Kind.SUBSET, m.first - 1);
        String cue;
        int before;
        if (cueStart >= 0) {
            cue = text(c.s, cueStart, m.first);
            before = c.s.lower(cueStart - 1).equals(",") ? cueStart - 1 : cueStart;
        }
        else if (m.partitivePronoun) {
            cue = text(c.s, m.numberEnd, m.predicateStart);
            before = m.first;
        }
        else {
            return null;
        }
        CountMention earlier = antecedent(c, before, 12);
        return earlier == null ? null
                : new Decision(earlier.status, cue + " " + earlierText(c, earlier));
    }

    /** "killed 15 officers and four civilians", "four in X and two in Y". */
    private static Decision coordinatedCount(Context c)
    {
        CountMention m = c.mention;
        int joint = POSSESSIVES.contains(c.s.lower(m.first - 1)) ? m.first - 2 : m.first - 1;
        if (!isCoordinator(c.s, joint)) {
            return null;
        }
        if (c.s.lower(joint).equals("and") && c.s.lower(joint - 1).equals(",")) {
            joint--;
        }
        if (CountFinder.isModifier(c.s, m.end)) {
            return null; // "and thousands of people homeless" has a predicate of its own
        }
        CountMention earlier = antecedent(c, joint, 10);
        if (earlier == null || !isShortPrepositionalPhrase(c.s,
                Math.max(earlier.end, earlier.statusEnd), joint)) {
            return null; // "3 were killed on Monday and 2 on Tuesday" may skip the predicate
        }
        return new Decision(earlier.status, c.s.lower(joint) + " " + earlierText(c, earlier));
    }

    /**
     * The decided count that the nearest number before {@code position} starts, when no more
     * than {@code maxGap} tokens and no clause break lie between them.
     */
    private static CountMention antecedent(Context c, int position, int maxGap)
    {
        int start = position > 0 ? c.candidates.numberStarts().previousSetBit(position - 1) : -1;
        if (start < 0) {
            return null;
        }
        for (CountMention earlier : c.decided) {
            if (earlier.first == start && earlier.end <= position
                    && position - earlier.end <= maxGap
                    && !hasClauseBreak(c.s, earlier.end, position)) {
                return earlier;
            }
        }
        return null;
    }

    private static boolean followsNominalCount(Context c)
    {
        int joint = c.mention.first - 1;
        if (!isCoordinator(c.s, joint)) {
            return false;
        }
        CountMention earlier = antecedent(c, joint, 0);
        return earlier != null && earlier.nominal;
    }

    private static boolean isCoordinator(SentenceLookups s, int i)
    {
        return i >= 0 && s.lexicon.get(Kind.COORDINATOR, List.of(s.lower(i))) != null;
    }

    /** Nothing, or a preposition with a few modifiers: "in Makhachkala", "on the coast". */
    private static boolean isShortPrepositionalPhrase(SentenceLookups s, int from, int to)
    {
        if (from == to) {
            return true;
        }
        if (to - from > 5 || !PREPOSITIONS.contains(s.lower(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!s.lower(i).equals("the") && !CountFinder.isModifier(s, i)
                    || s.statusWordAt(i) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasClauseBreak(SentenceLookups s, int from, int to)
    {
        for (int i = from; i < to; i++) {
            String word = s.lower(i);
            if (word.equals(";") || word.equals(".") || word.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status verb or noun that governs the count from before it, across link words:
     * "killed another 12", "the deaths of 12", "the death toll from the attack rose to 50".
     */
    private static Found governingWordBefore(SentenceLookups s, CountMention m)
    {
        int k = m.first - 1;
        boolean tollVerb = false;
        for (int steps = 0; k >= 0 && steps < 6; steps++) {
            int excluded = s.startOfEntryEndingAt(Kind.EXCLUSION, k);
            if (excluded >= 0 && "BEFORE".equals(s.valueOfEntry(Kind.EXCLUSION, excluded, k))) {
                return Found.excluded(text(s, excluded, k + 1));
            }
            Found governor = statusEntryEndingAt(s, k);
            if (governor != null) {
                return governor;
            }
            if (isLink(s, k) || s.isAdverb(k) || QUOTE_MARKS.contains(s.lower(k))) {
                tollVerb |= s.is(Kind.TOLL_VERB, k);
                k--;
                continue;
            }
            break;
        }
        return tollVerb ? tollNounBefore(s, k) : Found.NOTHING;
    }

    /** "the death toll from Monday's attack rose to": a status noun a few words back. */
    private static Found tollNounBefore(SentenceLookups s, int k)
    {
        for (int i = k; i >= 0 && i > k - 8; i--) {
            int start = s.startOfEntryEndingAt(Kind.NOUN, i);
            if (start >= 0) {
                return new Found(s.valueOfEntry(Kind.NOUN, start, i), text(s, start, i + 1),
                        start, i + 1, false);
            }
            if (s.hasDigit(i) || hasClauseBreak(s, i, i + 1) || s.statusWordAt(i) != null) {
                break;
            }
        }
        return Found.NOTHING;
    }

    private static Found statusEntryEndingAt(SentenceLookups s, int k)
    {
        int verb = s.startOfEntryEndingAt(Kind.VERB, k);
        int noun = s.startOfEntryEndingAt(Kind.NOUN, k);
        Kind kind = verb >= 0 && (noun < 0 || verb <= noun) ? Kind.VERB : Kind.NOUN;
        int start = kind == Kind.VERB ? verb : noun;
        return start < 0 ? null
                : new Found(s.valueOfEntry(kind, start, k), text(s, start, k + 1), start, k + 1,
                        false);
    }

    private static boolean isLink(SentenceLookups s, int k)
    {
        return s.lexicon.get(Kind.LINK, List.of(s.lower(k))) != null;
    }

    /**
     * The status predicate of the count as subject, across fillers, coordinated counts and a
     * parenthesis: "12 soldiers were reportedly killed", "14 soldiers and 10 civilians have been
     * killed", "14 people, among them six officers, were killed". An active verb with an object
     * ("five gunmen killed 10 people") says nothing about the subject.
     */
    private static Found predicateAfter(SentenceLookups s, Candidates candidates, CountMention m)
    {
        int j = m.predicateStart;
        boolean passive = false;
        for (int steps = 0; j < s.size() && steps < 15; steps++) {
            Match<String> excluded = s.match(Kind.EXCLUSION, j);
            StatusWord word = s.statusWordAt(j);
            // a longer status phrase wins: "released" excludes, "released from hospital" is INJURED
            if (excluded != null && excluded.value().equals("BEFORE")
                    && (word == null || word.end() - word.start() <= excluded.length())) {
                return Found.excluded(text(s, j, j + excluded.length()));
            }
            if (word != null) {
                if (!passive && s.isVerb(word.start(), word.end())
                        && (startsObject(s, candidates, word.end())
                                || m.count == 1 && m.victimStart >= 0
                                        && startsUnknownObject(s, word.end()))) {
                    return Found.NOTHING;
                }
                return new Found(word.status(), text(s, word.start(), word.end()), j, word.end(),
                        false);
            }
            passive |= BE.contains(s.lower(j));
            int filler = s.length(Kind.FILLER, j);
            if (filler > 0 || s.isAdverb(j)) {
                j += Math.max(filler, 1);
                continue;
            }
            // "lost seven soldiers, and four are missing": after a count that is no list item,
            // ", and" starts a clause of its own
            boolean clause = j == m.predicateStart && s.lower(j).equals(",")
                    && s.lower(j + 1).equals("and") && !isCoordinator(s, m.first - 1);
            int next = clause ? -1 : coordinatedCountEnd(s, candidates, j);
            if (next < 0 && j == m.predicateStart && m.victimStart >= 0) {
                next = ofPhraseEnd(s, j);
                if (next < 0) {
                    next = participlePhraseEnd(s, j);
                }
            }
            if (next < 0) {
                next = parenthesisEnd(s, j);
            }
            if (next < 0) {
                break;
            }
            j = next;
        }
        return Found.NOTHING;
    }

    /** After "and 10 civilians" or ", 2 children": where the coordinated count ends, or -1. */
    private static int coordinatedCountEnd(SentenceLookups s, Candidates candidates, int j)
    {
        if (!isCoordinator(s, j)) {
            return -1;
        }
        int start = s.lower(j).equals(",") && s.lower(j + 1).equals("and") ? j + 2 : j + 1;
        CountMention next = candidates.startingAt(start);
        if (next != null) {
            return next.end;
        }
        if (s.lower(start - 1).equals(",")) {
            return -1; // ", police said," is a parenthesis
        }
        // "a nurse and her baby were killed": a victim without a count shares the predicate
        if (POSSESSIVES.contains(s.lower(start)) || s.lower(start).equals("the")) {
            start++;
        }
        return CountFinder.victimPhraseEnd(s, start);
    }

    /** After "of the border guard" following a victim noun: where the phrase ends, or -1. */
    private static int ofPhraseEnd(SentenceLookups s, int j)
    {
        if (!s.lower(j).equals("of") && !s.lower(j).equals("from")) {
            return -1;
        }
        int i = j + 1;
        if (OBJECT_STARTS.contains(s.lower(i)) && !s.isAny(Kind.VICTIM, i)) {
            i++;
        }
        int start = i;
        while (i < s.size() && i < start + 5 && s.statusWordAt(i) == null
                && (CountFinder.isModifier(s, i) || s.isAny(Kind.VICTIM, i))) {
            i++;
        }
        return i > start ? i : -1;
    }

    /**
     * After "working at a flour mill" before "were": a participle phrase that ends right before
     * an auxiliary, without status words, numbers or punctuation in it; else -1.
     */
    private static int participlePhraseEnd(SentenceLookups s, int j)
    {
        if (!s.lower(j).endsWith("ing") || !CountFinder.isModifier(s, j)) {
            return -1;
        }
        for (int i = j + 1; i < s.size() && i < j + 9; i++) {
            if (BE.contains(s.lower(i)) || s.lower(i).equals("had") || s.lower(i).equals("have")) {
                return i;
            }
            if (!s.hasLetter(i) || s.statusWordAt(i) != null || s.isAny(Kind.NOUN, i)) {
                return -1;
            }
        }
        return -1;
    }

    /** After ", among them six officers," or "(...)": where the insertion ends, or -1. */
    private static int parenthesisEnd(SentenceLookups s, int j)
    {
        String open = s.lower(j);
        String close = open.equals(",") ? "," : open.equals("(") ? ")" : null;
        if (close == null) {
            return -1;
        }
        for (int i = j + 1; i < s.size() && i < j + 14; i++) {
            String word = s.lower(i);
            if (word.equals(close)) {
                return i > j + 1 ? i + 1 : -1;
            }
            if (hasClauseBreak(s, i, i + 1) || s.statusWordAt(i) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * After the verb of one victim ("another man abducted"): a word that starts an object the
     * other lists do not know, a name or a pronoun ("abducted Samir", "abducted him"), rather
     * than what follows a participle (a preposition, a time, punctuation): "a man killed in the
     * blast" is a victim.
     */
    private static boolean startsUnknownObject(SentenceLookups s, int i)
    {
        if (OBJECT_PRONOUNS.contains(s.lower(i))) {
            return true;
        }
        return s.hasLetter(i) && !s.isAny(Kind.FUNCTION, i) && !s.isAny(Kind.FILLER, i)
                && !s.isAdverb(i) && !isCoordinator(s, i) && !s.isAny(Kind.DATE, i)
                && !s.is(Kind.TIME_WORD, i) && s.statusWordAt(i) == null;
    }

    private static boolean startsObject(SentenceLookups s, Candidates candidates, int i)
    {
        return candidates.startingAt(i) != null || OBJECT_STARTS.contains(s.lower(i))
                || s.isAny(Kind.QUALIFIER, i) || s.isAny(Kind.VICTIM, i)
                || (i < s.size() && NumberNormalizer.parse(s.words, i) != null);
    }

    private static String earlierText(Context c, CountMention earlier)
    {
        return "[" + text(c.s, earlier.first, earlier.end) + "]";
    }

    private static String text(SentenceLookups s, int start, int end)
    {
        return String.join(" ", s.words.subList(start, end));
    }
}
