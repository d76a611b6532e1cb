package org.conflictkit.annotators.weapon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.annotators.weapon.WeaponLexicon.Entry;
import org.conflictkit.annotators.weapon.WeaponLexicon.Family;
import org.conflictkit.annotators.weapon.WeaponLexicon.Flag;
import org.conflictkit.annotators.weapon.WeaponLexicon.Form;
import org.conflictkit.annotators.weapon.WeaponLexicon.Kind;

/**
 * Finds the candidates of a sentence (lexicon forms by longest match, designators) and assembles
 * adjacent ones into mentions: {@code modifier* model? modifier* noun* tail*}, as in "Tu-95MS Bear
 * H bombers", "decoy drones", "Iskander missile system". Coordinations are split because a
 * conjunction is no candidate; a modifier left alone before a conjunction takes part in an
 * elliptical coordination ("land-based and submarine-launched missiles").
 */
final class MentionFinder
{
    /** A designator token: letters and digits joined by hyphens or slashes, with a digit. */
    private static final Pattern DESIGNATOR = Pattern
            .compile("(?=[^/]*\\d)[A-Za-z0-9]{1,10}(?:[-/][A-Za-z0-9]{1,10}){0,3}");
    /** An unlisted family: a capital, up to five more letters, then the number. */
    private static final Pattern LOOSE_DESIGNATOR = Pattern.compile("[A-Z][A-Za-z]{0,5}-?\\d.*");
    /** A calibre in one token: "122mm", "155-mm", "12.7mm", ".50-caliber". */
    private static final Pattern CALIBRE = Pattern.compile(
            "(?:\\d+(?:\\.\\d+)?|\\.\\d+)-?(?:mm|millimet(?:re|er)s?|cal|caliber|calibre)",
            Pattern.CASE_INSENSITIVE);
    /** A number before a calibre unit token: "120 mm", "7.62 mm". */
    private static final Pattern CALIBRE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A calibre is a modifier: it fixes the weapon's type ("122mm rockets"). */
    private static final Entry CALIBRE_ENTRY = new Entry(Kind.MODIFIER, null, null, Set.of(),
            List.of(), "calibre pattern");
    /** The most tokens a parenthesis inside a mention may hold: "FPV (first-person view)". */
    private static final int MAX_PARENTHESIS = 6;


    private final WeaponLexicon lexicon;

    MentionFinder(WeaponLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /** The candidates of a sentence, left to right, not overlapping. */
    List<Lookup> candidates(SentenceKeys sentence) throws AnalysisEngineProcessException
    {
        List<Lookup> lookups = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            Interruption.check(); // per token: a "sentence" may be a whole page
            TokenTrie.Match<Form> match = lexicon.longestMatch(sentence.keys(), i);
            if (match != null) {
                Form form = match.value();
                Entry entry = form.entry();
                int start = i + form.lead();
                int end = i + match.length() - form.trail();
                if (entry.kind() == Kind.BLOCK) {
                    i += match.length();
                    continue;
                }
                if (!entry.has(Flag.CASED) || caseMatches(form.written(), sentence, start)) {
                    // in capitals a cased name ("HARM", "GRAD") may be the common word
                    boolean needsHead = entry.has(Flag.NEEDS_HEAD)
                            || entry.has(Flag.CASED) && sentence.capitals();
                    lookups.add(new Lookup(start, end, entry.kind(), entry, entry.category(),
                            entry.model(), needsHead, entry.source()));
                    i += match.length();
                    continue;
                }
            }
            Lookup calibre = calibre(sentence, i);
            if (calibre != null) {
                lookups.add(calibre);
                i = calibre.end();
                continue;
            }
            Lookup designator = designator(sentence.text(i), i);
            if (designator != null) {
                lookups.add(designator);
            }
            i++;
        }
        return lookups;
    }

    /** Assembles the candidates of a sentence into mentions. */
    List<Mention> mentions(SentenceKeys sentence, List<Lookup> lookups)
    {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < lookups.size()) {
            Kind kind = lookups.get(i).kind();
            if (kind != Kind.MODIFIER && kind != Kind.MODEL && kind != Kind.HEAD) {
                i++;
                continue;
            }
            List<Lookup> chain = chain(sentence, lookups, i);
            List<Lookup> core = core(chain);
            if (!core.isEmpty()) {
                Mention mention = mention(sentence, compoundHead(sentence, core));
                if (mention != null) {
                    mentions.add(mention);
                }
                i += core.size();
                continue;
            }
            Mention elliptical = elliptical(sentence, lookups, i, chain);
            if (elliptical != null) {
                mentions.add(elliptical);
            }
            i += chain.size();
        }
        borrowHeadsAcrossCoordination(sentence, mentions);
        mentions.removeIf(m -> m.category == null);
        return mentions;
    }

    /** The longest run of adjacent candidates from {@code from} that fits the mention pattern. */
    private static List<Lookup> chain(SentenceKeys sentence, List<Lookup> lookups, int from)
    {
        List<Lookup> chain = new ArrayList<>();
        chain.add(lookups.get(from));
        for (int j = from + 1; j < lookups.size(); j++) {
            Lookup last = chain.get(chain.size() - 1);
            Lookup next = lookups.get(j);
            if (!adjacent(sentence, last.end(), next.start()) || !canFollow(chain, next)) {
                break;
            }
            chain.add(next);
        }
        return chain;
    }

    private static boolean canFollow(List<Lookup> chain, Lookup next)
    {
        Lookup last = chain.get(chain.size() - 1);
        Lookup model = chain.stream().filter(p -> p.kind() == Kind.MODEL).findFirst()
                .orElse(null);
        return switch (next.kind()) {
        case MODIFIER -> last.kind() == Kind.MODIFIER || last.kind() == Kind.MODEL;
        case MODEL -> model == null ? last.kind() == Kind.MODIFIER
                : last.kind() == Kind.MODEL && next.model().equals(model.model());
        case HEAD -> last.kind() != Kind.TAIL;
        case TAIL -> last.kind() != Kind.MODIFIER || model != null;
        default -> false;
        };
    }

    /**
     * The chain without trailing modifiers and cut before a noun that may not stand where it
     * stands ("fighters" without a model before it).
     */
    private static List<Lookup> core(List<Lookup> chain)
    {
        List<Lookup> core = new ArrayList<>();
        boolean model = false;
        boolean modifier = false;
        for (Lookup part : chain) {
            if (part.has(Flag.AFTER_MODEL) && !model
                    || part.has(Flag.AFTER_MODIFIER) && !model && !modifier) {
                break;
            }
            model |= part.kind() == Kind.MODEL;
            modifier |= part.kind() == Kind.MODIFIER;
            core.add(part);
        }
        while (!core.isEmpty() && core.get(core.size() - 1).kind() == Kind.MODIFIER) {
            core.remove(core.size() - 1);
        }
        boolean named = core.stream()
                .anyMatch(p -> p.kind() == Kind.MODEL || p.kind() == Kind.HEAD);
        return named ? core : List.of();
    }

    /**
     * In a compound naming an event the weapon word stands alone: "long-range drone attacks"
     * tags "drone" (the range describes the attacks).
     */
    private List<Lookup> compoundHead(SentenceKeys sentence, List<Lookup> core)
    {
        boolean modelless = core.stream().noneMatch(p -> p.kind() == Kind.MODEL);
        if (!modelless || !lexicon.words(Kind.EVENT_NOUN)
                .contains(sentence.key(core.get(core.size() - 1).end()))) {
            return core;
        }
        int first = 0;
        while (core.get(first).kind() == Kind.MODIFIER) {
            first++;
        }
        return core.subList(first, core.size());
    }

    private static Mention mention(SentenceKeys sentence, List<Lookup> core)
    {
        Lookup model = null;
        Lookup head = null;
        String modifierCategory = null;
        for (Lookup part : core) {
            if (part.kind() == Kind.MODEL && model == null) {
                model = part;
            }
            else if (part.kind() == Kind.HEAD) {
                head = part;
            }
            else if (part.kind() == Kind.MODIFIER && part.category() != null) {
                modifierCategory = part.category();
            }
        }
        String category;
        Provenance provenance;
        if (model != null) {
            category = model.category() != null ? model.category()
                    : head != null ? head.category() : null;
            provenance = Provenance.of(Engine.WEAPON,
                    model.isDesignator() ? "designator" : "named-model")
                    .with("lexicon", model.source());
        }
        else {
            category = "OTHER".equals(head.category()) && modifierCategory != null
                    ? modifierCategory : head.category();
            provenance = Provenance.of(Engine.WEAPON, "type-noun").with("lexicon", head.source());
        }
        if (category == null && (model == null || !model.needsHead())) {
            return null;
        }
        return new Mention(sentence, core.get(0).start(), core.get(core.size() - 1).end(), core,
                category, model == null ? null : model.model(), provenance);
    }

    /**
     * Modifiers before "and"/"or" whose noun follows the next conjunct, itself a modifier and a
     * noun: "attack and decoy drones", "conventional and nuclear payloads".
     */
    private Mention elliptical(SentenceKeys sentence, List<Lookup> lookups, int from,
            List<Lookup> modifiers)
    {
        int next = from + modifiers.size();
        int end = modifiers.get(modifiers.size() - 1).end();
        String joint = sentence.key(end);
        if (next >= lookups.size() || !(joint.equals("and") || joint.equals("or"))
                || lookups.get(next).start() != end + 1
                || lookups.get(next).kind() != Kind.MODIFIER) {
            return null;
        }
        List<Lookup> core = core(chain(sentence, lookups, next));
        Mention conjunct = core.isEmpty() ? null : mention(sentence, core);
        if (conjunct == null || conjunct.model != null) {
            return null;
        }
        Lookup own = modifiers.stream().filter(m -> m.category() != null).reduce((a, b) -> b)
                .orElse(null);
        return new Mention(sentence, modifiers.get(0).start(), end, modifiers,
                own != null ? own.category() : conjunct.category, null,
                Provenance.of(Engine.WEAPON, "elliptical-modifier")
                        .with("lexicon", modifiers.get(0).source()));
    }

    /**
     * A model that needs a type noun takes the one of the next conjunct: "M777 and M109
     * howitzers".
     */
    private static void borrowHeadsAcrossCoordination(SentenceKeys sentence,
            List<Mention> mentions)
    {
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention mention = mentions.get(i);
            Mention next = mentions.get(i + 1);
            String joint = sentence.key(mention.end);
            boolean coordinated = (joint.equals("and") || joint.equals("or") || joint.equals(","))
                    && next.start == mention.end + 1;
            if (coordinated && next.head() != null && !WeaponRules.confirmedByNoun(mention)) {
                mention.headFromCoordination = true;
                if (mention.category == null) {
                    mention.category = next.category;
                }
            }
        }
    }

    /** True when b follows a directly or after a short parenthesis. */
    private static boolean adjacent(SentenceKeys sentence, int a, int b)
    {
        if (a == b) {
            return true;
        }
        if (!sentence.key(a).equals("(") || b - a > MAX_PARENTHESIS + 2) {
            return false;
        }
        return sentence.key(b - 1).equals(")");
    }

    /** Cased forms match only as written: capital initial, or all capitals for acronyms. */
    private static boolean caseMatches(List<String> written, SentenceKeys sentence, int start)
    {
        for (int k = 0; k < written.size(); k++) {
            String form = written.get(k);
            if (start + k >= sentence.size()) {
                return false;
            }
            int token = sentence.token(start + k);
            boolean acronym = form.length() > 1 && form.chars().filter(Character::isLetter)
                    .allMatch(Character::isUpperCase);
            if (acronym ? !sentence.view().isAllCaps(token)
                    : Character.isUpperCase(form.codePointAt(0))
                            && !sentence.view().isCapitalised(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A calibre starting at token {@code index}: one token ("122mm"), or a number and a unit
     * ("120 mm").
     */
    private Lookup calibre(SentenceKeys sentence, int index)
    {
        String text = sentence.text(index);
        if (!startsLikeANumber(text)) {
            return null; // most tokens: no matcher is made for them
        }
        int end;
        if (CALIBRE.matcher(text).matches()) {
            end = index + 1;
        }
        else if (CALIBRE_NUMBER.matcher(text).matches() && index + 1 < sentence.size()
                && lexicon.words(Kind.CALIBRE_UNIT)
                        .contains(sentence.view().lower(sentence.token(index + 1)))) {
            end = index + 2;
        }
        else {
            return null;
        }
        return new Lookup(index, end, Kind.MODIFIER, CALIBRE_ENTRY, null, null, false,
                CALIBRE_ENTRY.source());
    }

    /** Both calibre patterns start with an ASCII digit or with a point before one. */
    private static boolean startsLikeANumber(String text)
    {
        int digitAt = text.startsWith(".") ? 1 : 0;
        return text.length() > digitAt && text.charAt(digitAt) >= '0' && text.charAt(digitAt) <= '9';
    }

    private static boolean hasDigit(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A designator of a known family ("Su-57", "T-72B3M") or, needing a type noun next to it, of
     * an unknown one ("X-47 drones").
     */
    private Lookup designator(String word, int index)
    {
        String text = word;
        if (!hasDigit(text) || !DESIGNATOR.matcher(text).matches()
                || !Character.isLetterOrDigit(text.charAt(0))) {
            return null;
        }
        if (text.length() > 2 && text.endsWith("s")
                && Character.isDigit(text.charAt(text.length() - 2))) {
            text = text.substring(0, text.length() - 1); // "Su-34s"
        }
        String key = WeaponLexicon.key(text);
        Family family = lexicon.family(key);
        if (family != null) {
            int prefixLength = family.prefix().replace("-", "").length();
            String rest = text.substring(prefixLength);
            boolean hyphen = rest.startsWith("-");
            rest = hyphen ? rest.substring(1) : rest;
            if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))
                    && (hyphen || !family.hyphen())) {
                String model = family.prefix() + rest.toUpperCase(Locale.ROOT);
                return new Lookup(index, index + 1, Kind.MODEL, null, family.category(), model,
                        family.needsHead(), family.source() + " " + family.prefix());
            }
        }
        if (LOOSE_DESIGNATOR.matcher(text).matches()) {
            return new Lookup(index, index + 1, Kind.MODEL, null, null, text, true,
                    "unlisted family");
        }
        return null;
    }
}
