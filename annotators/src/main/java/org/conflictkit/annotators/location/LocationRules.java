package org.conflictkit.annotators.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.text.TokenView;

/**
 * The decision stage of the location engine: named rules, tried in order, that drop or accept
 * the candidates the {@link CandidateFinder} found. Reject rules come first (the first that
 * applies wins, as "name:evidence"); then region lists are marked; then accept rules give a
 * candidate its evidence, strong names are accepted, small towns abroad without evidence
 * dropped, and weak names accepted by their neighbours, namesakes or the document's countries.
 * Rule names appear in provenance and in the decision log of {@code explain}.
 */
final class LocationRules
{
    private static final Set<String> LIST_INTRODUCERS = Set.of("including", "like", ":", ",",
            "such", "as", "namely");

    private final LocationResources resources;
    private final long minPopulation;
    /** The keys of given names ({@link LocationResources#givenNames(long)}). */
    final Set<String> givenNames;
    private final long minHeadlinePopulation;

    LocationRules(LocationResources resources, long minPopulation, long minHeadlinePopulation)
    {
        this.resources = resources;
        this.minPopulation = minPopulation;
        this.givenNames = resources == null ? Set.of() : resources.givenNames(minPopulation);
        this.minHeadlinePopulation = minHeadlinePopulation;
    }

    /**
     * A named rule. {@code evidence} returns what the rule relied on (a word of the text, or ""
     * for nothing in particular) when it decides the candidate, else null.
     */
    record Rule(String name, BiFunction<Document, Mention, String> evidence)
    {
        /** The rule's decision as "name" or "name:evidence", or null when it does not decide. */
        String decide(Document doc, Mention m)
        {
            String found = evidence.apply(doc, m);
            return found == null ? null : found.isEmpty() ? name : name + ":" + found;
        }
    }

    /** The first decision of {@code rules} about {@code m}, or null. */
    private static String firstDecision(List<Rule> rules, Document doc, Mention m)
    {
        for (Rule rule : rules) {
            String decision = rule.decide(doc, m);
            if (decision != null) {
                return decision;
            }
        }
        return null;
    }

    /** The rules that drop a candidate, in the order they are tried; the first that applies wins. */
    final List<Rule> rejectRules = List.of(
            new Rule("demonym", this::demonym),
            new Rule("not-a-place", this::notAPlace),
            new Rule("inside-hyphenated-name", this::insideHyphenatedName),
            new Rule("pattern-in-headline", LocationRules::patternInHeadline),
            new Rule("person-title", this::personTitle),
            new Rule("after-given-name", this::afterGivenName),
            new Rule("given-name", this::givenName),
            new Rule("organisation-head", this::organisationHead),
            new Rule("news-medium", this::newsMedium),
            new Rule("surname-after-name", this::surnameAfterName),
            new Rule("known-person", LocationRules::knownPerson),
            new Rule("acronym", LocationRules::acronym),
            new Rule("inside-longer-name", this::insideLongerName),
            new Rule("after-capitalised-word", this::afterCapitalisedWord));

    /**
     * The rules that accept a candidate for which its finder saw no evidence, in the order they
     * are tried: evidence in the candidate's own context, then a name strong enough alone.
     */
    final List<Rule> acceptRules = List.of(
            new Rule("cue", this::cue),
            new Rule("after", this::after),
            new Rule("possessive-of", this::possessiveOf),
            new Rule("known-name", (doc, m) -> isStrong(doc, m) ? "" : null));

    /** The accept rules that look at the candidate's own context. */
    private final List<Rule> contextRules = acceptRules.subList(0, 3);

    /**
     * The rules that accept a weak name (no evidence of its own, not strong), in the order they
     * are tried; they depend on the other mentions, so they run until nothing changes.
     */
    final List<Rule> weakRules = List.of(
            new Rule("coordinated-with", LocationRules::coordinatedWith),
            new Rule("named-elsewhere", LocationRules::namedElsewhere),
            new Rule("in-document-country", this::inDocumentCountry));

    /**
     * Decides the candidates of {@code doc}: drops those a reject rule applies to, marks
     * region lists, accepts strong names and names with evidence, then weak names, and adds
     * the later mentions of names that a pattern found.
     */
    void decide(Document doc) throws AnalysisEngineProcessException
    {
        for (Mention mention : doc.mentions) {
            Interruption.check();
            String rejection = firstDecision(rejectRules, doc, mention);
            if (rejection != null) {
                mention.reject(rejection);
            }
        }
        markRegionLists(doc);
        accept(doc);
        repeatPatternNames(doc);
    }

    // ---------------------------------------------------------------------------------------
    // Rules that drop candidates

    /** The token before {@code m} in its sentence, or -1. */
    private static int previous(Document doc, Mention m)
    {
        return m.first > doc.sentenceStart(m.first) ? m.first - 1 : -1;
    }

    /** The token after {@code m} in its sentence, or -1. */
    private static int next(Document doc, Mention m)
    {
        return m.spanLast + 1 < doc.sentenceEnd(m.first) ? m.spanLast + 1 : -1;
    }

    private String demonym(Document doc, Mention m)
    {
        // but "in Amhara", "Ethiopia's Afar": the region of the people
        return resources.demonyms.contains(doc.key(m.first, m.last))
                && !m.rule.equals("region-head")
                && !(m.hasKind(PlaceKind.REGION) && firstDecision(contextRules, doc, m) != null) ? "" : null;
    }

    private String notAPlace(Document doc, Mention m)
    {
        return resources.notPlaces.contains(doc.key(m.first, m.last)) ? "" : null;
    }

    /** "Ben-Ami", "Abu-Ali": part of a person's name. */
    private String insideHyphenatedName(Document doc, Mention m)
    {
        return isSecondPartOfHyphenatedName(doc, m) ? "" : null;
    }

    /** Every word of a Title Case headline is capitalised: a pattern sees no name boundary. */
    private static String patternInHeadline(Document doc, Mention m)
    {
        return m.headline && (m.rule.equals("feature-prefix")
                || m.rule.equals("name-after-preposition")) ? "" : null;
    }

    /** "President Jordan", "General Sudan ..." (not "President of Sudan"). */
    private String personTitle(Document doc, Mention m)
    {
        int previous = previous(doc, m);
        int next = next(doc, m);
        TokenView view = doc.view;
        return previous >= 0 && resources.personTitles.contains(view.lower(previous))
                && (!m.hasKind(PlaceKind.COUNTRY) || next >= 0 && view.isCapitalised(next))
                        ? view.text(previous) : null;
    }

    private String afterGivenName(Document doc, Mention m)
    {
        int previous = previous(doc, m);
        TokenView view = doc.view;
        return previous >= 0 && view.isCapitalised(previous)
                && givenNames.contains(doc.keys[previous])
                && !m.hasKind(PlaceKind.COUNTRY) ? view.text(previous) : null;
    }

    /** A single word that is a given name, before a capitalised word that starts no place. */
    private String givenName(Document doc, Mention m)
    {
        int next = next(doc, m);
        TokenView view = doc.view;
        return m.first == m.last && givenNames.contains(doc.key(m.first, m.last))
                && next >= 0 && view.isCapitalised(next) && !startsStrongMention(doc, m, next)
                        ? view.text(next) : null;
    }

    /**
     * Whether a place name starts at token {@code t}, right after m: any candidate where a
     * place preposition stands before m ("in Abu Salim"), else only a strong name ("Mary
     * Wheeler" is a person, though Wheeler is a village).
     */
    private boolean startsStrongMention(Document doc, Mention m, int t)
    {
        if (!doc.startsMention(t)) {
            return false;
        }
        int previous = previous(doc, m);
        Mention after = m.index + 1 < doc.mentions.size() ? doc.mentions.get(m.index + 1) : null;
        return previous >= 0 && resources.namePrepositions.contains(doc.view.lower(previous))
                || after == null || after.first != t || isStrong(doc, after);
    }

    /**
     * "University of X", "City Council", "the Catholic Church": a one-word name that is an
     * organisation's head, before "of" or next to another capitalised word.
     */
    private String organisationHead(Document doc, Mention m)
    {
        if (m.first != m.last || m.wanted != null
                || !resources.organisationHeads.contains(doc.view.lower(m.first))) {
            return null;
        }
        int previous = previous(doc, m);
        int next = next(doc, m);
        TokenView view = doc.view;
        if (next >= 0 && (view.lower(next).equals("of") || view.isCapitalised(next))) {
            return view.text(next);
        }
        return previous > doc.sentenceStart(m.first) && view.isCapitalised(previous)
                ? view.text(previous) : null;
    }

    /**
     * "the Xinhua news agency", "according to Xinhua": a one-word name that stands before a
     * lower-case noun of news media somewhere in the text is the medium's name, unless it is a
     * country, a first-level division or a well-known place that only modifies the noun ("the
     * Kyiv newspaper").
     */
    private String newsMedium(Document doc, Mention m)
    {
        String noun = m.first == m.last ? doc.mediaKeys.get(doc.key(m.first, m.last)) : null;
        return noun == null || m.wanted != null || m.hasKind(PlaceKind.COUNTRY)
                || m.hasKind(PlaceKind.REGION) || isStrong(doc, m) ? null : noun;
    }

    private String surnameAfterName(Document doc, Mention m)
    {
        int previous = previous(doc, m);
        TokenView view = doc.view;
        return m.first == m.last && givenNames.contains(doc.key(m.first, m.last))
                && previous >= 0 && view.isCapitalised(previous) && view.isWord(previous)
                && !doc.startsMention(m.first - 1) && m.first - 1 > doc.sentenceStart(m.first)
                        ? view.text(previous) : null;
    }

    /** A surname that a title or given name introduced elsewhere in the document. */
    private static String knownPerson(Document doc, Mention m)
    {
        return m.first == m.last && doc.personKeys.contains(doc.key(m.first, m.last))
                && !m.hasKind(PlaceKind.COUNTRY) && !m.isCurated() ? "" : null;
    }

    private static String acronym(Document doc, Mention m)
    {
        return m.first == m.last && m.wanted == null && doc.view.isAcronym(m.first)
                && !m.isCurated() && !m.hasKind(PlaceKind.COUNTRY) ? "" : null;
    }

    /** A name without evidence before a capitalised word: part of a longer, unknown name. */
    private String insideLongerName(Document doc, Mention m)
    {
        int next = next(doc, m);
        TokenView view = doc.view;
        return m.wanted == null && m.evidence == null && !m.headline && next >= 0
                && view.isCapitalised(next) && view.isWord(next)
                && !doc.startsMention(m.spanLast + 1) && !isStrong(doc, m)
                && !resources.regionCues.contains(view.lower(next)) ? view.text(next) : null;
    }

    /**
     * A name that a head or pattern found (and the gazetteer does not know as a larger place)
     * right after another capitalised word of the sentence: the end of a longer name ("Fire
     * District" in "Rapides Parish Fire District").
     */
    private String afterCapitalisedWord(Document doc, Mention m)
    {
        int previous = previous(doc, m);
        TokenView view = doc.view;
        return !m.rule.equals("gazetteer") && !m.rule.equals("dateline") && !isStrong(doc, m)
                && !m.headline && previous > doc.sentenceStart(m.first)
                && view.isCapitalised(previous) && view.isWord(previous)
                && !resources.evidenceBefore.contains(view.lower(previous))
                && !resources.directions.contains(view.lower(previous)) // "East Gojjam zone"
                        ? view.text(previous) : null;
    }

    /** "Ami" in "Ben-Ami": glued by a hyphen to a capitalised word that is no place itself. */
    private boolean isSecondPartOfHyphenatedName(Document doc, Mention m)
    {
        int dash = m.first - 1;
        if (dash < 1 || dash == doc.sentenceStart(m.first) || !doc.view.text(dash).equals("-")) {
            return false;
        }
        Mention place = doc.mentionEndingAt(dash - 1); // a place before it: "Russia-Ukraine"
        return doc.view.isCapitalised(dash - 1) && doc.view.end(dash - 1) == doc.view.begin(dash)
                && doc.view.end(dash) == doc.view.begin(m.first)
                && (place == null || place.rejected != null || !isStrong(doc, place));
    }

    /**
     * "Barrow, Jackson and Madison counties": each name of a list before the plural of a
     * second-level head is the division of that name and head ("Barrow County"), where the
     * gazetteer holds one, rather than the town ({@code division-list}). A name that is also a
     * state or country stays itself ("Indiana and Ohio counties").
     */
    private void markDivisionList(Document doc, List<Mention> chain, String head)
    {
        for (Mention m : chain) {
            Gazetteer.Entry[] divisions = divisionsNamed(doc.key(m.first, m.last)
                    + Gazetteer.key(head));
            if (divisions.length > 0 && m.wanted == null && onlyPopulatedPlaces(m)) {
                m.entries = divisions;
                m.wanted = PlaceKind.REGION;
                m.evidence = "division-list";
            }
        }
    }

    /** The second-level divisions whose whole name has this key ("barrowcounty"). */
    private Gazetteer.Entry[] divisionsNamed(String key)
    {
        return Arrays.stream(resources.gazetteer.lookup(key))
                .filter(entry -> entry.place().source().equals("geonames:ADM2"))
                .toArray(Gazetteer.Entry[]::new);
    }

    /** "Bryansk and Kursk regions", "nine regions, including Volyn, Lviv and Sumy": REGION. */
    private void markRegionLists(Document doc)
    {
        List<List<Mention>> chains = doc.coordinationChains();
        for (List<Mention> chain : chains) {
            Mention last = chain.get(chain.size() - 1);
            Mention head = chain.get(0);
            boolean pluralAfter = last.spanLast + 1 < doc.sentenceEnd(last.first)
                    && resources.pluralRegionWords.contains(doc.view.lower(last.spanLast + 1));
            boolean pluralBefore = false;
            for (int k = head.first - 1; k >= Math.max(doc.sentenceStart(head.first),
                    head.first - 4); k--) {
                String word = doc.view.lower(k);
                if (resources.pluralRegionWords.contains(word)) {
                    pluralBefore = true;
                    break;
                }
                if (!LIST_INTRODUCERS.contains(word)) {
                    break;
                }
            }
            String divisionHead = last.spanLast + 1 < doc.sentenceEnd(last.first)
                    ? resources.admin2HeadsByForm.get(doc.view.lower(last.spanLast + 1)) : null;
            if (divisionHead != null && chain.size() > 1) {
                markDivisionList(doc, chain, divisionHead);
            }
            else if (pluralAfter || pluralBefore) {
                for (Mention m : chain) {
                    if (m.wanted == null && m.hasKind(PlaceKind.REGION)
                            && !m.hasKind(PlaceKind.COUNTRY)) {
                        m.wanted = PlaceKind.REGION;
                        m.evidence = "region-list";
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Rules that accept candidates

    private void accept(Document doc) throws AnalysisEngineProcessException
    {
        // 1. Strong names and names with evidence of their own.
        for (Mention m : doc.mentions) {
            if (m.rejected != null) {
                continue;
            }
            if (m.evidence == null) {
                m.evidence = firstDecision(acceptRules, doc, m);
            }
            m.accepted = m.evidence != null;
        }
        doc.countCountries(minPopulation);
        // 1b. A small town abroad named without evidence, or before "-held", is more likely a
        // word of another name ("Super Tucano") or a namesake ("Fano" militias, "Fano-held
        // villages") than a place the story is about.
        String main = doc.mainCountry();
        for (Mention m : doc.mentions) {
            if (m.accepted && ("known-name".equals(m.evidence) || isActorCompound(doc, m))
                    && main != null && isForeignTown(m, main)) {
                m.accepted = false;
                m.reject("foreign-town-without-evidence");
            }
        }
        // 2. Weak names: coordinated with an accepted place, named with evidence elsewhere in the
        // document, or lying in one of the document's countries. Passes in text order until
        // nothing changes; a pass looks again only at the mentions that an acceptance since their
        // last look concerns (its neighbours, its namesakes), so that long lists stay linear.
        Set<String> evidencedKeys = doc.evidencedKeys;
        Map<String, List<Mention>> weakByKey = new HashMap<>();
        TreeSet<Integer> pass = new TreeSet<>();
        TreeSet<Integer> nextPass = new TreeSet<>();
        for (Mention m : doc.mentions) {
            String key = doc.key(m.first, m.last);
            if (m.accepted && m.evidence != null && !m.evidence.equals("known-name")) {
                evidencedKeys.add(key);
            }
            else if (!m.accepted && m.rejected == null) {
                pass.add(m.index);
                weakByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        while (!pass.isEmpty()) {
            Interruption.check();
            Mention m = doc.mentions.get(pass.pollFirst());
            String key = doc.key(m.first, m.last);
            String why = m.accepted ? null : firstDecision(weakRules, doc, m);
            if (why != null) {
                m.accepted = true;
                m.evidence = why;
                List<Mention> concerned = new ArrayList<>();
                concerned.add(doc.coordinatedBefore(m));
                concerned.add(doc.coordinatedAfter(m));
                if (evidencedKeys.add(key)) {
                    concerned.addAll(weakByKey.get(key));
                }
                for (Mention other : concerned) {
                    if (other != null && !other.accepted && other.rejected == null) {
                        (other.index > m.index ? pass : nextPass).add(other.index);
                    }
                }
            }
            if (pass.isEmpty()) {
                TreeSet<Integer> swap = pass;
                pass = nextPass;
                nextPass = swap;
            }
        }
        // The weak names accepted count for their countries too, in the resolution.
        doc.countCountries(minPopulation);
        // 3. A name used with a region head or cue in the document is that region elsewhere too.
        Set<String> regionKeys = new HashSet<>();
        for (Mention m : doc.mentions) {
            if (m.accepted && m.wanted == PlaceKind.REGION && m.hasKind(PlaceKind.REGION)) {
                regionKeys.add(doc.key(m.first, m.last));
            }
        }
        for (Mention m : doc.mentions) {
            if (m.accepted && m.wanted == null && regionKeys.contains(doc.key(m.first, m.last))
                    && !isNationalCapital(m)) {
                m.wanted = PlaceKind.REGION;
                m.evidence += ",region-in-document";
            }
        }
        // 4. A name the document also writes with a second-level head ("DeKalb County") is that
        // division where it stands alone, too, unless it is a national capital or a head asks
        // for a settlement.
        Map<String, Gazetteer.Entry[]> divisions = new HashMap<>();
        for (Mention m : doc.mentions) {
            String head = m.accepted && m.last > m.first
                    ? resources.admin2HeadsByForm.get(doc.view.lower(m.last)) : null;
            if (head != null && head.equals(doc.view.lower(m.last))) {
                Gazetteer.Entry[] named = divisionsNamed(doc.key(m.first, m.last));
                if (named.length > 0) {
                    divisions.putIfAbsent(doc.key(m.first, m.last - 1), named);
                }
            }
        }
        for (Mention m : doc.mentions) {
            Gazetteer.Entry[] named = divisions.get(doc.key(m.first, m.last));
            if (named != null && m.accepted && m.wanted == null && !isNationalCapital(m)
                    && onlyPopulatedPlaces(m)) {
                m.entries = named;
                m.wanted = PlaceKind.REGION;
                m.evidence += ",division-in-document";
            }
        }
    }

    /** "Fano-held", "Wagner-linked": the name is the first part of an actor compound. */
    private boolean isActorCompound(Document doc, Mention m)
    {
        int dash = m.spanLast + 1;
        return dash + 1 < doc.sentenceEnd(m.first) && doc.view.text(dash).equals("-")
                && resources.actorCompounds.contains(doc.view.lower(dash + 1));
    }

    /** Every reading of the name is a non-curated town outside the document's main country. */
    private boolean isForeignTown(Mention m, String mainCountry)
    {
        for (Gazetteer.Entry entry : m.entries) {
            Place place = entry.place();
            if (place.kind() != PlaceKind.CITY || place.source().startsWith("curated")
                    || place.countryCode().equals(mainCountry)
                    || place.population() >= minHeadlinePopulation) {
                return false;
            }
        }
        return m.entries.length > 0;
    }

    /** Whether every reading of {@code m} is a populated place. */
    private static boolean onlyPopulatedPlaces(Mention m)
    {
        for (Gazetteer.Entry entry : m.entries) {
            if (entry.place().kind() != PlaceKind.CITY) {
                return false;
            }
        }
        return m.entries.length > 0;
    }

    /** A national capital named alone is the city even where its region is named too. */
    private static boolean isNationalCapital(Mention m)
    {
        for (Gazetteer.Entry entry : m.entries) {
            if (entry.place().source().equals("geonames:PPLC")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name found by a pattern ("the town of X") is a place wherever else the document names it
     * with a capital and no other reading.
     */
    private void repeatPatternNames(Document doc)
    {
        Map<String, Mention> found = new HashMap<>();
        for (Mention m : doc.mentions) {
            if (m.accepted && m.entries.length == 0 && m.wanted != PlaceKind.FACILITY
                    && m.spanLast == m.last) {
                found.putIfAbsent(doc.key(m.first, m.last), m);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[doc.view.size()];
        for (Mention m : doc.mentions) {
            for (int k = m.first; k <= m.spanLast; k++) {
                covered[k] = true;
            }
        }
        // One pass over the tokens, longest names first, whatever the number of names.
        TreeSet<Integer> lengths = new TreeSet<>(Comparator.reverseOrder());
        found.values().forEach(m -> lengths.add(m.last - m.first + 1));
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < doc.view.size(); i++) {
            for (int length : lengths) {
                if (covered[i] || !doc.view.isCapitalised(i) || i + length > doc.view.size()) {
                    continue;
                }
                Mention model = found.get(doc.key(i, i + length - 1));
                if (model == null || model.last - model.first + 1 != length
                        || covered[i + length - 1]
                        || doc.view.sentenceOf(i) != doc.view.sentenceOf(i + length - 1)
                        || i + length < doc.view.size() && doc.view.isCapitalised(i + length)
                                && doc.view.sentenceOf(i + length) == doc.view.sentenceOf(i)) {
                    continue;
                }
                Mention copy = new Mention(i, i + length - 1, model.rule);
                copy.entries = model.entries;
                copy.wanted = model.wanted;
                copy.accepted = true;
                copy.evidence = "named-elsewhere";
                added.add(copy);
                for (int k = i; k < i + length; k++) {
                    covered[k] = true;
                }
            }
        }
        doc.mentions.addAll(added);
        doc.mentions.sort((a, b) -> Integer.compare(a.first, b.first));
        doc.indexMentions();
    }

    /**
     * "Donetsk region", "Tigray area": a cue right after the name; or a cue that titles the
     * person whose place the name is ("Senator Marco Rubio of Florida", "Gov. Ron Smith of Ohio").
     */
    private String cue(Document doc, Mention m)
    {
        int next = m.spanLast + 1;
        int cue = next < doc.sentenceEnd(m.first) && isRegionCue(doc.view.lower(next)) ? next
                : titleOfPersonBefore(doc, m);
        if (cue < 0) {
            return null;
        }
        if (m.hasKind(PlaceKind.REGION) && m.wanted == null
                && !resources.pluralRegionWords.contains(doc.view.lower(cue))) {
            m.wanted = PlaceKind.REGION;
        }
        return doc.view.lower(cue);
    }

    /** A region cue, also abbreviated with a period ("Sen."). */
    private boolean isRegionCue(String lower)
    {
        return resources.regionCues.contains(lower.endsWith(".")
                ? lower.substring(0, lower.length() - 1) : lower);
    }

    /**
     * The token of a region cue that titles a person's name of one to three words right before
     * "of" and the mention ("Senator Marco Rubio of Florida"); -1 if there is none.
     */
    private int titleOfPersonBefore(Document doc, Mention m)
    {
        int of = m.first - 1;
        if (of < 2 || !doc.view.lower(of).equals("of")) {
            return -1;
        }
        int nameWords = 0;
        for (int k = of - 1; k >= Math.max(doc.sentenceStart(m.first), of - 5); k--) {
            if (doc.view.text(k).equals(".")) {
                continue; // the period of "Sen." where a tokenizer splits it off
            }
            if (isRegionCue(doc.view.lower(k))) {
                return nameWords > 0 ? k : -1;
            }
            if (!doc.view.isCapitalised(k) || ++nameWords > 3) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "in Kherson", "near the village Bakhmut": an evidence word before the name. "according to"
     * names a source, so it is no evidence ("according to Xinhua").
     */
    private String after(Document doc, Mention m)
    {
        int k = stopBefore(doc, m);
        if (k < 0 || !resources.evidenceBefore.contains(doc.view.lower(k))) {
            return null;
        }
        String lower = doc.view.lower(k);
        if (lower.equals("to") && k > 0 && doc.view.lower(k - 1).equals("according")) {
            return null;
        }
        return lower.equals("of") && k == m.first - 1 && !isPlaceOf(doc, k) ? null : lower;
    }

    /** "Ukraine's Kherson": owned by a country that is a candidate itself. */
    private String possessiveOf(Document doc, Mention m)
    {
        int k = stopBefore(doc, m);
        if (k < 0 || resources.evidenceBefore.contains(doc.view.lower(k))
                || !doc.view.isPossessive(k) || doc.isCommonWord(m)) {
            return null;
        }
        Mention owner = doc.mentionEndingAt(k - 1);
        return owner != null && owner.rejected == null && owner.hasKind(PlaceKind.COUNTRY)
                ? doc.text(owner.first, owner.last) : null;
    }

    /**
     * Where the look back from {@code m} stops: the first evidence word, capitalised word or
     * punctuation within three tokens of its sentence; -1 for none, or for a common word in a
     * headline.
     */
    private int stopBefore(Document doc, Mention m)
    {
        if (m.headline && doc.isCommonWord(m)) {
            return -1;
        }
        for (int k = m.first - 1; k >= Math.max(doc.sentenceStart(m.first), m.first - 3); k--) {
            if (resources.evidenceBefore.contains(doc.view.lower(k))
                    || doc.view.isCapitalised(k) || !doc.view.isWord(k)) {
                return k;
            }
        }
        return -1;
    }

    /** "of" after a place noun or a direction ("capital of", "south of", "outskirts of"). */
    private boolean isPlaceOf(Document doc, int ofIndex)
    {
        if (ofIndex == 0) {
            return false;
        }
        String before = doc.view.lower(ofIndex - 1);
        return resources.placeOfHeads.contains(before);
    }

    /** A name tagged without further evidence. */
    private boolean isStrong(Document doc, Mention m)
    {
        boolean common = doc.isCommonWord(m);
        for (Gazetteer.Entry entry : m.entries) {
            Place place = entry.place();
            if (place.kind() == PlaceKind.COUNTRY || place.source().startsWith("curated")) {
                return true;
            }
            if (common || !entry.primary()) {
                continue;
            }
            long needed = m.headline ? minHeadlinePopulation : minPopulation;
            if (place.kind() == PlaceKind.REGION && !m.headline || place.population() >= needed) {
                return true;
            }
        }
        return false;
    }

    /** "Kharkiv, Sumy and Poltava": next to an accepted place, separated by , or "and". */
    private static String coordinatedWith(Document doc, Mention m)
    {
        Mention before = doc.coordinatedBefore(m);
        if (before != null && before.accepted) {
            return doc.text(before.first, before.last);
        }
        Mention after = doc.coordinatedAfter(m);
        return after != null && after.accepted && after.entries.length > 0
                ? doc.text(after.first, after.last) : null;
    }

    /** The same name is accepted with evidence elsewhere in the document. */
    private static String namedElsewhere(Document doc, Mention m)
    {
        return doc.evidencedKeys.contains(doc.key(m.first, m.last)) ? "" : null;
    }

    /** A primary name or large place in a country the document names at least twice. */
    private String inDocumentCountry(Document doc, Mention m)
    {
        if (doc.isCommonWord(m) || m.headline) {
            return null;
        }
        for (Gazetteer.Entry entry : m.entries) {
            if ((entry.primary() || entry.place().population() >= minHeadlinePopulation)
                    && doc.countryWeight(entry.place().countryCode()) >= 2) {
                return entry.place().countryCode();
            }
        }
        return null;
    }
}
