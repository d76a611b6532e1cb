package org.conflictkit.annotators.weapon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.number.NumberNormalizer;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.annotators.weapon.WeaponLexicon.Flag;
import org.conflictkit.annotators.weapon.WeaponLexicon.Kind;

/**
 * The ordered, named decisions taken on the candidate mentions of a document: first the sense
 * rules, each of which may reject a mention; then ambiguous names and generic words, which
 * depend on the other mentions; then category corrections and quantities. A rule that keeps or
 * changes a mention adds its name to the mention's provenance.
 */
final class WeaponRules
{
    /** What the rules know about the whole document. */
    record Document(WeaponLexicon lexicon, List<SentenceKeys> sentences, boolean bomberIsPerson,
            boolean mining, Set<String> civilianHeads)
    {
        /** The words of a list the rules use. */
        Set<String> words(Kind kind)
        {
            return lexicon.words(kind);
        }
    }

    private record Rule(String name, BiPredicate<Mention, Document> rejects)
    {
    }

    /** Sense rules, in the order they are tried; the first that rejects a mention drops it. */
    private static final List<Rule> SENSE_RULES = List.of(
            new Rule("unit-name", WeaponRules::unitName),
            new Rule("verb-use", WeaponRules::verbUse),
            new Rule("shell-company", WeaponRules::shellCompany),
            new Rule("civilian-aircraft", WeaponRules::civilianAircraft),
            new Rule("body-part-arms", WeaponRules::bodyPartArms),
            new Rule("mine-sense", WeaponRules::mineSense),
            new Rule("person-bomber", WeaponRules::personBomber),
            new Rule("adjective-use", WeaponRules::adjectiveUse),
            new Rule("figurative-weapon", WeaponRules::figurativeWeapon),
            new Rule("missing-context", WeaponRules::missingContext));


    private static final Set<String> MODALS = Set.of("to", "will", "would", "could", "can",
            "may", "might", "must", "should", "did", "not", "n't", "'ll");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "who",
            "which", "i", "you");
    private static final Set<String> OBJECT_STARTERS = Set.of("the", "a", "an", "his", "her",
            "their", "its", "our", "this", "these", "those", "targets");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "these", "those", "his", "her", "their", "its", "our", "my", "your");





    private static final Set<String> MINE_DETERMINERS = Set.of("a", "an", "the", "one",
            "this", "that", "another", "each", "every", "first", "second", "unexploded");



    /** How far a generic "weapons" may stand from a specific weapon that makes it redundant. */
    private static final int GENERIC_WINDOW = 8;
    private static final int CONTEXT_WINDOW = 6;
    /** The most characters an acronym defined in the text has ("HIMARS"). */
    private static final int MAX_ACRONYM = 8;
    /** How far after a generic "weapon" the "against" of a figurative use may stand. */
    private static final int FIGURATIVE_WINDOW = 5;

    private WeaponRules()
    {
    }

    /**
     * Applies all rules to the candidate mentions of a document; returns those kept. Rejections
     * go to {@code log} when a document is explained (else it is null).
     */
    static List<Mention> decide(List<Mention> candidates, Document document, DecisionLog log)
        throws AnalysisEngineProcessException
    {
        for (Mention mention : candidates) {
            if (civilianHere(mention, document)) {
                document.civilianHeads().add(singular(mention.sentence.key(mention.end - 1)));
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : candidates) {
            Interruption.check();
            Rule rejecting = SENSE_RULES.stream()
                    .filter(rule -> rule.rejects().test(mention, document)).findFirst()
                    .orElse(null);
            if (rejecting == null) {
                kept.add(mention);
            }
            else {
                reject(log, mention, rejecting.name());
            }
        }
        Set<String> confirmedModels = new HashSet<>();
        for (Mention mention : kept) {
            Lookup model = mention.modelPart();
            if (model != null && (!model.needsHead() || confirmedByNoun(mention))) {
                confirmedModels.add(mention.model);
            }
        }
        kept.removeIf(mention -> !ambiguousNameKept(mention, confirmedModels, document)
                && reject(log, mention, "ambiguous-name"));
        List<Mention> specific = kept.stream().filter(m -> !isGeneric(m)).toList();
        kept.removeIf(mention -> isGeneric(mention) && nearSpecific(mention, specific)
                && reject(log, mention, "generic-near-specific"));
        kept.addAll(definedAcronyms(kept, document));
        for (Mention mention : kept) {
            chemicalFill(mention, document);
            mention.quantity = quantity(mention, kept, document);
        }
        return kept;
    }

    /** Records that {@code rule} rejected the mention; true, for use inside conditions. */
    private static boolean reject(DecisionLog log, Mention mention, String rule)
    {
        if (log != null) {
            log.rejected(mention.begin(), mention.endOffset(), mention.provenance.decidedBy(rule));
        }
        return true;
    }

    /** Builds what the rules know about a document from its sentences. */
    static Document document(WeaponLexicon lexicon, List<SentenceKeys> sentences)
    {
        boolean bomberIsPerson = false;
        boolean mining = false;
        for (SentenceKeys sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String key = sentence.key(i);
                String next = sentence.key(i + 1);
                bomberIsPerson |= key.equals("suicide")
                        && (next.startsWith("bomb") || next.equals("vest") || next.equals("belt"));
                bomberIsPerson |= (next.equals("bomb") || next.equals("bombs"))
                        && lexicon.words(Kind.BOMB_VEHICLE).contains(key);
                bomberIsPerson |= personBomberAt(lexicon, sentence, i);
                mining |= key.equals("miners") || key.equals("mining") || key.equals("colliery");
            }
        }
        return new Document(lexicon, sentences, bomberIsPerson, mining, new HashSet<>());
    }

    /** True when the mention has a type noun or a tail of its own. */
    static boolean confirmedByNoun(Mention mention)
    {
        return mention.has(Kind.HEAD) || mention.has(Kind.TAIL);
    }

    // ---- Sense rules -------------------------------------------------------------------------

    /**
     * A weapon word naming a military unit or an organisation: "tank brigade", "Bomber Aviation
     * Regiment", "the Missile Defense Agency".
     */
    private static boolean unitName(Mention m, Document d)
    {
        SentenceKeys s = m.sentence;
        String next = s.key(m.end);
        if (d.words(Kind.UNIT_WORD).contains(next) || d.words(Kind.ORGANISATION_WORD).contains(next)
                || s.capitals() && d.words(Kind.NAMED_UNIT_WORD).contains(next)) {
            return true; // in capitals only the word right after tells: "ROCKET FORCES"
        }
        if (!s.capitalised(m.end - 1)) {
            return false;
        }
        for (int k = m.end; k < m.end + 3 && s.capitalised(k); k++) {
            String key = s.key(k);
            if (d.words(Kind.UNIT_WORD).contains(key)
                    || !s.heading() && d.words(Kind.NAMED_UNIT_WORD).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** A weapon word used as a verb: "Israel bombs Gaza", "will shell the town". */
    private static boolean verbUse(Mention m, Document d)
    {
        if (m.parts.size() != 1 || m.end - m.start != 1
                || !d.words(Kind.VERBABLE).contains(m.sentence.key(m.start))) {
            return false;
        }
        SentenceKeys s = m.sentence;
        String key = s.key(m.start);
        int prev = m.start - 1;
        int next = m.end;
        if (prev < 0 || next >= s.size()) {
            return false;
        }
        String prevKey = s.key(prev);
        String nextKey = s.key(next);
        boolean plural = key.endsWith("s");
        if (!plural && isPluralNoun(s, prev) && d.words(Kind.PARTICLE).contains(nextKey)) {
            return true; // "prices rocket to record levels"
        }
        boolean object = OBJECT_STARTERS.contains(nextKey)
                || s.capitalised(next) && !d.words(Kind.NOUN_FOLLOWER).contains(nextKey);
        if (s.capitals() && !plural && MODALS.contains(prevKey)) {
            // no capital tells a name in capitals: after "TO", any word but a noun's
            return s.lowerCase(next) && !d.words(Kind.NOUN_FOLLOWER).contains(nextKey)
                    && !d.words(Kind.EVENT_NOUN).contains(nextKey)
                    && !d.words(Kind.UNIT_WORD).contains(nextKey);
        }
        if (!plural && MODALS.contains(prevKey)) {
            return object;
        }
        if (s.heading() && !plural) {
            return false;
        }
        boolean subject = PRONOUNS.contains(prevKey)
                || d.words(Kind.SUBJECT_NOUN).contains(prevKey)
                || s.capitalised(prev) && !DETERMINERS.contains(prevKey)
                        && !d.lexicon().isNationality(s.text(prev))
                        && !isWeaponWord(prevKey, d);
        return subject && object;
    }

    /** A lower-case plural noun ("prices", "shares"), not an adjective in -ous or -ss. */
    private static boolean isPluralNoun(SentenceKeys s, int i)
    {
        String key = s.key(i);
        return s.lowerCase(i) && key.length() > 3 && key.endsWith("s")
                && !key.endsWith("ss") && !key.endsWith("ous");
    }

    /**
     * Shell the company: a capitalised "Shell" in running text or near company words (in a
     * sentence in capitals, near company words only).
     */
    private static boolean shellCompany(Mention m, Document d)
    {
        SentenceKeys s = m.sentence;
        if (!m.bareHeadIs("shell", "shells") || !s.capitalised(m.start) && !s.capitals()) {
            return false;
        }
        if (anyNear(s, m.start - 3, m.end + 3, d.words(Kind.COMPANY_WORD))) {
            return true;
        }
        // in capitals only the company words tell
        return !s.capitals() && (!s.heading() && m.start > 0
                || d.words(Kind.COMPANY_VERB).contains(s.key(m.end)));
    }

    /**
     * A plane, jet or helicopter of civilians: "passenger plane", "a UN helicopter", and the same
     * word later in a document that established the civilian sense.
     */
    private static boolean civilianAircraft(Mention m, Document d)
    {
        return civilianHere(m, d) || isCivilWord(m)
                && d.civilianHeads().contains(singular(m.sentence.key(m.end - 1)));
    }

    private static boolean isCivilWord(Mention m)
    {
        Lookup head = m.head();
        return head != null && head.has(Flag.CIVIL) && m.model == null;
    }

    private static boolean civilianHere(Mention m, Document d)
    {
        SentenceKeys s = m.sentence;
        return isCivilWord(m) && (anyNear(s, m.start - 3, m.start, d.words(Kind.CIVIL_MARKER))
                || anyNear(s, 0, s.size(), d.words(Kind.CIVIL_SENTENCE)));
    }

    private static String singular(String key)
    {
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /** "arms" as body parts: "in her arms", "arms and legs", "with open arms". */
    private static boolean bodyPartArms(Mention m, Document d)
    {
        if (!m.bareHeadIs("arms")) {
            return false;
        }
        SentenceKeys s = m.sentence;
        boolean inPossessive = s.key(m.start - 2).equals("in")
                && DETERMINERS.contains(s.key(m.start - 1));
        return inPossessive || d.words(Kind.ARM_POSTURE).contains(s.key(m.start - 1))
                || anyNear(s, m.start - 3, m.end + 3, d.words(Kind.BODY_WORD));
    }

    /** "mine" the pronoun or the pit: a weapon only as a noun in no mining context. */
    private static boolean mineSense(Mention m, Document d)
    {
        if (!m.bareHeadIs("mine", "mines")) {
            return false;
        }
        SentenceKeys s = m.sentence;
        boolean exploding = anyNear(s, m.start - 3, m.end + 3, d.words(Kind.EXPLOSION_WORD));
        if (d.mining() || anyNear(s, 0, s.size(), d.words(Kind.MINING_WORD))) {
            return !exploding;
        }
        return s.key(m.start).equals("mine") && !exploding
                && !MINE_DETERMINERS.contains(s.key(m.start - 1));
    }

    /**
     * "the bomber" meaning the person who set off a bomb: said of a person here, or in a
     * document about suicide or vehicle bombs.
     */
    private static boolean personBomber(Mention m, Document d)
    {
        return m.bareHeadIs("bomber", "bombers")
                && (d.bomberIsPerson() || personBomberAt(d.lexicon(), m.sentence, m.start));
    }

    /** "bomber, who", "bomber blew himself up", "the suspected bomber". */
    private static boolean personBomberAt(WeaponLexicon lexicon, SentenceKeys s, int i)
    {
        String key = s.key(i);
        if (!key.equals("bomber") && !key.equals("bombers")) {
            return false;
        }
        int next = s.key(i + 1).equals(",") ? i + 2 : i + 1;
        return lexicon.words(Kind.PERSON_WORD).contains(s.key(next))
                || lexicon.words(Kind.PERSON_MODIFIER).contains(s.key(i - 1));
    }

    /** An adjective: "explosive growth", but "detonated an explosive near the gate". */
    private static boolean adjectiveUse(Mention m, Document d)
    {
        if (!m.bareHeadWith(Flag.NOUN_ONLY)) {
            return false;
        }
        SentenceKeys s = m.sentence;
        return s.lowerCase(m.end) && !d.words(Kind.NOUN_CUE).contains(s.key(m.end));
    }

    /**
     * A weapon in a figurative sense: a generic "weapon" against an abstract thing, "a weapon
     * against inflation", "a weapon in the fight against poverty".
     */
    private static boolean figurativeWeapon(Mention m, Document d)
    {
        Lookup head = m.head();
        if (m.parts.size() != 1 || head == null || !head.has(Flag.GENERIC)) {
            return false;
        }
        SentenceKeys s = m.sentence;
        for (int k = m.end; k < m.end + FIGURATIVE_WINDOW; k++) {
            if (s.key(k).equals("against")) {
                return anyNear(s, k + 1, k + 3, d.words(Kind.FIGURATIVE_TARGET));
            }
        }
        return false;
    }

    /** A word that is a weapon only in context: "the device exploded". */
    private static boolean missingContext(Mention m, Document d)
    {
        Lookup head = m.head();
        if (m.parts.size() != 1 || head == null || head.entry().context().isEmpty()) {
            return false;
        }
        SentenceKeys s = m.sentence;
        for (int k = m.start - CONTEXT_WINDOW; k < m.end + CONTEXT_WINDOW; k++) {
            String key = s.key(k);
            if (k >= m.start && k < m.end || key.isEmpty()) {
                continue;
            }
            for (String prefix : head.entry().context()) {
                if (key.startsWith(prefix)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- Rules that depend on other mentions --------------------------------------------------

    /**
     * ambiguous-name: a name that is also a common word or a person ("Grad", "Leopard", "Hawk")
     * counts with a type noun, after a count, or once the document confirmed the model.
     */
    private static boolean ambiguousNameKept(Mention m, Set<String> confirmedModels,
            Document d)
    {
        Lookup model = m.modelPart();
        if (model == null || !model.needsHead() || confirmedByNoun(m)) {
            return true;
        }
        if (m.headFromCoordination) {
            m.provenance = m.provenance.with("kept-by", "coordinated-head");
            return true;
        }
        if (countBefore(m, d) != null) {
            m.provenance = m.provenance.with("kept-by", "counted-model");
            return true;
        }
        if (!model.isDesignator() && confirmedModels.contains(m.model)) {
            m.provenance = m.provenance.with("kept-by", "discourse-model");
            return true;
        }
        return false;
    }

    private static boolean isGeneric(Mention m)
    {
        Lookup head = m.head();
        return m.model == null && head != null && head.has(Flag.GENERIC)
                && "OTHER".equals(m.category);
    }

    /** generic-near-specific: "weapons such as drones" tags the drones only. */
    private static boolean nearSpecific(Mention generic, List<Mention> specific)
    {
        for (Mention other : specific) {
            if (other.sentence == generic.sentence
                    && Math.abs(other.start - generic.start) <= GENERIC_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * defined-acronym: an acronym the text defines in parentheses after a weapon ("Bradley
     * Fighting Vehicle (BFV)") is the same weapon wherever it stands, the definition included
     * ("two BFVs").
     */
    private static List<Mention> definedAcronyms(List<Mention> kept, Document d)
        throws AnalysisEngineProcessException
    {
        Map<String, Mention> defined = new HashMap<>();
        for (Mention m : kept) {
            SentenceKeys s = m.sentence;
            if (s.key(m.end).equals("(") && s.key(m.end + 2).equals(")")
                    && isAcronymOf(s.text(m.end + 1), s, m)) {
                defined.putIfAbsent(singular(s.key(m.end + 1)), m);
            }
        }
        List<Mention> found = new ArrayList<>();
        if (defined.isEmpty()) {
            return found;
        }
        Map<SentenceKeys, BitSet> covered = new IdentityHashMap<>();
        for (Mention m : kept) {
            covered.computeIfAbsent(m.sentence, s -> new BitSet()).set(m.start, m.end);
        }
        for (SentenceKeys s : d.sentences()) {
            Interruption.check();
            BitSet taken = covered.getOrDefault(s, new BitSet());
            for (int k = 0; k < s.size(); k++) {
                Mention definition = defined.get(singular(s.key(k)));
                if (definition != null && inCapitals(s.text(k)) && !taken.get(k)) {
                    Lookup part = new Lookup(k, k + 1, Kind.HEAD, null, definition.category,
                            definition.model, false, "defined-acronym");
                    found.add(new Mention(s, k, k + 1, List.of(part), definition.category,
                            definition.model, Provenance.of(Engine.WEAPON, "defined-acronym")
                                    .with("evidence", definitionText(definition))));
                }
            }
        }
        return found;
    }

    /**
     * True when a token in parentheses abbreviates the mention: two to eight letters or digits in
     * capitals (a plural "s" allowed) whose letters occur in the mention in order, the first
     * starting it ("APC", "UAVs", "HIMARS").
     */
    private static boolean isAcronymOf(String token, SentenceKeys s, Mention m)
    {
        String acronym = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        if (acronym.length() < 2 || acronym.length() > MAX_ACRONYM || !inCapitals(token)) {
            return false;
        }
        String longForm = String.join(" ", s.keys().subList(m.start, m.end));
        String letters = acronym.toLowerCase(Locale.ROOT);
        if (letters.charAt(0) != longForm.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = longForm.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Letters and digits, the letters in capitals but for a plural "s": "BFV", "UAVs". */
    private static boolean inCapitals(String token)
    {
        String acronym = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        return !acronym.isEmpty() && acronym.chars().allMatch(Character::isLetterOrDigit)
                && acronym.chars().anyMatch(Character::isLetter)
                && acronym.equals(acronym.toUpperCase(Locale.ROOT));
    }

    private static String definitionText(Mention m)
    {
        StringBuilder text = new StringBuilder();
        for (int k = m.start; k < m.end; k++) {
            text.append(k > m.start ? " " : "").append(m.sentence.text(k));
        }
        return text.toString();
    }

    /** chemical-fill: "a barrel bomb filled with chlorine" is a chemical weapon. */
    private static void chemicalFill(Mention m, Document d)
    {
        if (!"EXPLOSIVE".equals(m.category)) {
            return;
        }
        SentenceKeys s = m.sentence;
        for (int k = m.end; k < m.end + 2; k++) {
            if (d.words(Kind.FILL_WORD).contains(s.key(k))
                    && anyNear(s, k + 1, k + 5, d.words(Kind.CHEMICAL_WORD))) {
                m.category = "CHEMICAL";
                m.provenance = m.provenance.with("category-by", "chemical-fill");
                return;
            }
        }
    }

    /**
     * Quantity: the number right before the mention, nationalities allowed between ("40
     * Russian warplanes"); none when the number counts a whole coordination ("363 Shahed and
     * decoy drones").
     */
    private static int quantity(Mention m, List<Mention> kept, Document d)
    {
        Long count = countBefore(m, d);
        if (count == null || count > Integer.MAX_VALUE) {
            return 0;
        }
        SentenceKeys s = m.sentence;
        String joint = s.key(m.end);
        if (joint.equals("and") || joint.equals("or")) {
            for (Mention other : kept) {
                if (other.sentence == s && other.start == m.end + 1
                        && countBefore(other, d) == null) {
                    return 0;
                }
            }
        }
        return count.intValue();
    }

    /** The count that stands right before a mention, or null. */
    private static Long countBefore(Mention m, Document d)
    {
        SentenceKeys s = m.sentence;
        int end = m.start;
        while (end > 0 && d.lexicon().isNationality(s.text(end - 1))) {
            end--;
        }
        List<String> texts = s.texts();
        for (int from = Math.max(0, end - 4); from < end; from++) {
            NumberNormalizer.Number number = NumberNormalizer.parse(texts, from);
            if (number != null && from + number.length() == end && !number.vague()
                    && !isYear(s.text(from))) {
                return number.value();
            }
        }
        return null;
    }

    private static boolean isYear(String token)
    {
        return token.matches("(19|20)\\d\\d");
    }

    private static boolean isWeaponWord(String key, Document d)
    {
        return d.lexicon().longestMatch(List.of(key), 0) != null;
    }

    private static boolean anyNear(SentenceKeys s, int from, int to, Set<String> words)
    {
        for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
            if (words.contains(s.key(k))) {
                return true;
            }
        }
        return false;
    }
}
