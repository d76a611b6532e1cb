package org.conflictkit.annotators.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.text.TokenView;

/**
 * The first stage of the location engine: finds the candidate place names of a document, left
 * to right and longest first, with named finders tried in order at each capitalised word (see
 * {@link #finders}). Organisation names are skipped whole. A candidate records the finder (or
 * head, or pattern) that found it, its gazetteer readings, the kind a head asks for and any
 * evidence the finder saw; the rules decide about it later.
 */
final class CandidateFinder
{
    /** The rule name of an abbreviated division after a place name: "Albany, Ga.". */
    static final String STATE_ABBREVIATION = "state-abbreviation";
    /** The rule name of a dateline that a dash ends: "DANIELSVILLE - Madison County ...". */
    static final String DASH_DATELINE = "dash-dateline";
    /** The dashes that end a dateline ("--" and "---" are typed for an em dash). */
    private static final Set<String> DASHES = Set.of("-", "--", "---", "\u2013", "\u2014");
    /** The rule name of a dash between spaces, which ends a name. */
    static final String SPACED_DASH = "spaced-dash";
    /** The rule name of a head finder's start moved to a known name: "Three Eastland County". */
    static final String KNOWN_NAME_LATER = "known-name-later";
    /**
     * The rule name of a place before a capitalised head that another capitalised word follows:
     * the head starts an organisation's name ("Florida Highway Patrol", "Athens City Council",
     * "Woodstock District Chamber"), and the place is the name before it.
     */
    static final String PLACE_BEFORE_ORGANISATION = "place-before-organisation";
    /** The rule name of a place before a numbered road: "Otter Tail County Road 80". */
    static final String NUMBERED_ROAD = "numbered-road";

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "these", "those", "its", "his", "her", "their", "our");

    private final LocationResources resources;
    private final long minPopulation;
    /** The most words of an unknown name; known names and datelines may have two more. */
    private final int maxNameTokens;

    CandidateFinder(LocationResources resources, long minPopulation, int maxNameTokens)
    {
        this.resources = resources;
        this.minPopulation = minPopulation;
        this.maxNameTokens = maxNameTokens;
    }

    /** Adds the candidates of every sentence to {@code doc}, in text order. */
    void find(Document doc) throws AnalysisEngineProcessException
    {
        int from = 0;
        for (int sentence = 0; sentence < doc.view.sentenceCount(); sentence++) {
            from = scan(doc, sentence, from);
        }
        doc.indexMentions();
    }

    /**
     * Finds the candidate mentions of one sentence, left to right, longest first, from token
     * {@code from} on (an abbreviation that the segmenter split, "W. Va.", may have covered the
     * sentence's start). Returns the token after the last one scanned.
     */
    private int scan(Document doc, int sentence, int from) throws AnalysisEngineProcessException
    {
        int begin = doc.view.sentenceStart(sentence);
        int end = doc.view.sentenceEnd(sentence);
        boolean headline = doc.view.sentenceInHeading(sentence);
        int i = Math.max(begin, from);
        int dateline = i == begin ? datelineLength(doc, begin, end) : 0;
        if (dateline == 0 && i == begin) {
            Mention dashed = dashDateline(doc, begin, end);
            if (dashed != null) {
                dashed.headline = headline;
                doc.mentions.add(dashed);
                i = dashed.spanLast + 1;
            }
        }
        if (dateline > 0) {
            int first = begin;
            for (int k = begin; k < begin + dateline - 1; k++) {
                if (doc.view.lower(k).equals("of")) {
                    first = k + 1; // "EAST AND NORTH OF MOSUL, Iraq —"
                }
            }
            Mention mention = new Mention(first, begin + dateline - 1, "dateline");
            mention.entries = resources.gazetteer.lookup(doc.key(first, begin + dateline - 1));
            mention.wanted = PlaceKind.CITY;
            mention.evidence = "dateline";
            doc.mentions.add(mention);
            i = begin + dateline;
        }
        while (i < end) {
            Interruption.check(); // per token: a "sentence" may be a whole page
            Mention division = divisionAbbreviation(doc, i, begin, end);
            if (division != null) {
                division.headline = headline;
                doc.mentions.add(division);
                i = division.spanLast + 1;
                continue;
            }
            if (!doc.view.isCapitalised(i) || doc.view.text(i).length() == 1
                    || DETERMINERS.contains(doc.view.lower(i))) {
                i++;
                continue;
            }
            int org = longestKey(doc, i, end, k -> resources.organisations.contains(k));
            if (org > 0) {
                i += org;
                continue;
            }
            Mention mention = candidateAt(doc, i, end);
            if (mention == null) {
                i++;
                continue;
            }
            mention.headline = headline;
            doc.mentions.add(mention);
            i = mention.spanLast + 1;
        }
        return i;
    }

    /**
     * The length of the place that opens a wire-service dateline ("GOMA, Congo (Reuters) —", as
     * the segmenter marked it): the upper-case words before its first comma; 0 when the sentence
     * opens no dateline.
     */
    private int datelineLength(Document doc, int begin, int end)
    {
        if (doc.view.datelineEnd(begin) < 0) {
            return 0;
        }
        int k = begin;
        while (k < end && (isUpperCaseWord(doc.view, k)
                || k > begin && isJoint(doc.view, k) && k + 1 < end
                        && isUpperCaseWord(doc.view, k + 1))) {
            k++;
        }
        int length = k - begin;
        return length == 0 || length > maxNameTokens + 2 || k >= end
                || !doc.view.text(k).equals(",") ? 0 : length;
    }

    /**
     * {@value #DASH_DATELINE}: a sentence that opens with a name in capitals and a dash, the
     * dateline of a local paper without a state or country ("DANIELSVILLE - Madison County
     * commissioners ...", "HARTFORD — Connecticut legislators ..."), also where a headline
     * runs on into it. The gazetteer must know the name; null when the sentence opens no such
     * dateline.
     */
    private Mention dashDateline(Document doc, int begin, int end)
    {
        int k = begin;
        while (k < end && k < begin + maxNameTokens && (isUpperCaseWord(doc.view, k)
                || k > begin && doc.view.text(k).equals(".") && doc.view.gluedLeft(k))) {
            k++;
        }
        if (k == begin || k + 1 >= end || !DASHES.contains(doc.view.text(k))
                || isUpperCaseWord(doc.view, k + 1)) {
            return null; // not "BAGHDAD - A", nor a line in capitals
        }
        Gazetteer.Entry[] entries = resources.gazetteer.lookup(doc.key(begin, k - 1));
        if (entries.length == 0) {
            return null;
        }
        Mention mention = new Mention(begin, k - 1, DASH_DATELINE);
        mention.entries = entries;
        mention.wanted = PlaceKind.CITY;
        mention.evidence = "dateline";
        return mention;
    }

    /**
     * {@value #STATE_ABBREVIATION}: the abbreviation of a first-level division after a place name
     * and a comma, the newspaper convention "Albany, Ga.", "Kingston, Ont.", "Albany, GA". A
     * dotted form ("Ga.", "N.Y.") needs only a capitalised word before the comma. A bare postal
     * code ("GA", also an English word in capitals: "IN", "OR") must be in capitals, end the
     * clause (punctuation, the sentence's end or a ZIP code after it) and hold a reading of the
     * name before it, if the gazetteer knows that name. Its readings are the divisions that hold
     * a reading of that name, else all it stands for ("WA": Washington or Western Australia).
     * The abbreviation's span keeps its periods ("Ga." is a Location, its period too).
     */
    private Mention divisionAbbreviation(Document doc, int i, int begin, int end)
    {
        TokenView view = doc.view;
        if (i < begin + 2 || !view.text(i - 1).equals(",") || !view.isCapitalised(i)
                || !view.isCapitalised(i - 2) || !view.isWord(i - 2)) {
            return null;
        }
        TokenTrie.Match<LocationResources.DivisionAbbreviation> match = resources
                .divisionAbbreviations.longestMatch(view.lowers(), i, t -> t);
        int last = match == null ? -1 : i + match.length() - 1;
        // "CHARLESTON, W. Va." may run on into what the segmenter took for the next sentence
        if (match == null || last >= view.size()
                || view.paragraphOf(last) != view.paragraphOf(i)) {
            return null;
        }
        Mention before = doc.mentions.isEmpty() ? null : doc.mentions.get(doc.mentions.size() - 1);
        Gazetteer.Entry[] named = before != null && before.spanLast == i - 2 ? before.entries
                : resources.gazetteer.lookup(doc.keys[i - 2]);
        List<Place> divisions = divisionsHolding(match.value().divisions(), named);
        if (!match.value().dotted() && (!view.isAllCaps(i) || last + 1 < end
                && view.isWord(last + 1) && !view.startsWithDigit(last + 1)
                || named.length > 0 && divisions.isEmpty())) {
            return null;
        }
        Mention mention = new Mention(i, last, STATE_ABBREVIATION);
        List<Place> readings = divisions.isEmpty() ? match.value().divisions() : divisions;
        mention.entries = readings.stream().map(p -> new Gazetteer.Entry(p, true))
                .toArray(Gazetteer.Entry[]::new);
        mention.wanted = PlaceKind.REGION;
        mention.evidence = "after-place-name";
        return mention;
    }

    /** Those of {@code divisions} that hold a reading of a name. */
    private static List<Place> divisionsHolding(List<Place> divisions, Gazetteer.Entry[] named)
    {
        List<Place> result = new ArrayList<>();
        for (Place division : divisions) {
            for (Gazetteer.Entry entry : named) {
                if (division.admin1Code().equals(entry.place().admin1Code())) {
                    result.add(division);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean isUpperCaseWord(TokenView view, int t)
    {
        return view.isWord(t) && !view.startsWithDigit(t) && view.text(t).length() > 1
                && view.isAllCaps(t);
    }

    /** Punctuation that may stand inside a name: "Al-Hosh", "Ryazan'", "U.S." */
    private static boolean isJoint(TokenView view, int t)
    {
        String text = view.text(t);
        return text.equals("-") && !isSpacedDash(view, t) || text.equals("'")
                || text.equals("\u2019") || text.equals(".");
    }

    /**
     * {@value #SPACED_DASH}: a dash with a space on both sides separates names ("DANIELSVILLE -
     * Madison County", "Star Lake - Highway 59"); only a dash glued to a word joins one
     * ("Al-Hosh", "Greenville- Spartanburg").
     */
    private static boolean isSpacedDash(TokenView view, int t)
    {
        return !view.gluedLeft(t) && !view.gluedRight(t);
    }

    /**
     * What the finders look at where a candidate may start: token {@code i} of a sentence that
     * ends before {@code end}, the longest gazetteer name there and the capitalised run.
     */
    private final class Site
    {
        final Document doc;
        final int i;
        final int end;
        final int run;
        /** The length of the longest gazetteer name at {@code i}, 0 for none. */
        final int known;
        /** The kind word of "the town of X" before the name, or null. */
        final String ofHead;
        final boolean afterPreposition;
        /**
         * {@link #known}, or 0 where a pattern shows that the whole run is the name: "the town
         * of Mai Tsebri", "near Nir Oz" ("Mai", "Nir" being minor places of their own).
         */
        final int knownName;

        Site(Document doc, int i, int end)
        {
            this.doc = doc;
            this.i = i;
            this.end = end;
            known = longestKey(doc, i, end, resources.gazetteer::contains);
            run = capitalisedRun(doc, i, end);
            ofHead = ofPatternKind(doc, i);
            afterPreposition = known < run && isNameAfterPreposition(doc, i, run, end);
            knownName = known > 0 && known < run && (ofHead != null || afterPreposition)
                    && !isKnownName(resources.gazetteer.lookup(doc.key(i, i + known - 1))) ? 0
                            : known;
        }
    }

    /** A named way of finding a candidate at a site; {@code find} returns it, or null. */
    record Finder(String name, Function<Site, Mention> find)
    {
    }

    /**
     * The finders, in the order they are tried at each capitalised word; the first that finds a
     * candidate wins. The candidate's {@code rule} is the finder's name, or for "head" and the
     * name patterns the name of the head or pattern: street-head, feature-head, facility-head,
     * region-head, settlement-head; name-after-settlement, name-after-region; name-direction-of,
     * name-apposition. (A dateline's place is found before them, as "dateline".)
     */
    final List<Finder> finders = List.of(
            new Finder("head", this::headed),
            new Finder("feature-prefix", this::featurePrefixed),
            new Finder("gazetteer", this::gazetteerName),
            new Finder("name-after-kind-of", this::nameAfterKindOf),
            new Finder("name-apposition", this::nameInApposition),
            new Finder("name-after-preposition", this::nameAfterPreposition));

    /** The candidate starting at token {@code i}, or null. */
    private Mention candidateAt(Document doc, int i, int end)
    {
        Site site = new Site(doc, i, end);
        for (Finder finder : finders) {
            Mention mention = finder.find().apply(site);
            if (mention != null) {
                return mention;
            }
        }
        return null;
    }

    /** A head inside or after the capitalised run: "Belaya Air Base", "Sumy oblast". */
    private Mention headed(Site site)
    {
        for (int j = site.i + 1; j <= Math.min(site.i + site.run, site.end - 1); j++) {
            if (site.known > j - site.i) {
                continue; // the head word belongs to a known name ("Gaza Strip", "Crimea Peninsula")
            }
            if (site.known > 1 && j > site.i + site.known
                    && !site.doc.view.text(site.i + site.known).equals("-")
                    && isKnownName(resources.gazetteer.lookup(
                            site.doc.key(site.i, site.i + site.known - 1)))) {
                // words between a known name of several words and a head make another name:
                // "Rapides Parish Fire District" (but "Aden Adde International Airport")
                return null;
            }
            Mention headed = headedMention(site.doc, site.i, j, site.end);
            if (headed != null) {
                return site.known < j - site.i && knownNameLater(site.doc, site.i, j) ? null
                        : headed;
            }
        }
        return null;
    }

    /**
     * {@value #KNOWN_NAME_LATER}: the gazetteer knows no name at {@code i} but knows one that
     * starts at a later word before the head at {@code j}, alone or with the head: the words
     * before it are no part of the name ("Three Eastland County", "Former Hall County", "Only
     * Jefferson County", "Paris-Henry County"). The head finder then starts at that word, after
     * the known name at {@code i}, if any ("Paris").
     */
    private boolean knownNameLater(Document doc, int i, int j)
    {
        for (int k = i + 1; k < j; k++) {
            if (doc.view.isCapitalised(k) && (resources.gazetteer.contains(doc.key(k, j - 1))
                    || resources.gazetteer.contains(doc.key(k, j)))) {
                return true;
            }
        }
        return false;
    }

    /** An unknown name after a feature word: "Lake Tana". */
    private Mention featurePrefixed(Site site)
    {
        // a known name that starts with the prefix ends the feature: "Mount Pleasant" in "Mount
        // Pleasant Civic Center" (not "Lake" in "Lake Tana", a village of its own)
        if (site.knownName >= site.run || site.run <= 1 || site.known > 1
                || !resources.featurePrefixes.contains(site.doc.view.lower(site.i))) {
            return null;
        }
        Mention mention = new Mention(site.i, site.i + site.run - 1, "feature-prefix");
        mention.entries = new Gazetteer.Entry[0];
        mention.wanted = PlaceKind.GEO_FEATURE;
        mention.evidence = "head:" + site.doc.view.text(site.i);
        return mention;
    }

    /** The longest name the gazetteer knows. */
    private Mention gazetteerName(Site site)
    {
        if (site.knownName == 0) {
            return null;
        }
        Document doc = site.doc;
        int i = site.i;
        Mention mention = new Mention(i, i + site.knownName - 1, "gazetteer");
        mention.entries = resources.gazetteer.lookup(doc.key(i, i + site.knownName - 1));
        if (site.ofHead != null) {
            mention.evidence = "after-" + site.ofHead + "-of";
            mention.wanted = site.ofHead.equals("region") && !mention.hasKind(PlaceKind.COUNTRY)
                    ? PlaceKind.REGION : null;
        }
        return mention;
    }

    /** An unknown name after "the town of", "the province of": name-after-settlement, -region. */
    private Mention nameAfterKindOf(Site site)
    {
        return site.ofHead == null ? null : patternName(site, "name-after-" + site.ofHead);
    }

    /** An unknown name followed by ", south of", ", a village": name-direction-of, -apposition. */
    private Mention nameInApposition(Site site)
    {
        String pattern = placeApposition(site.doc, site.i, site.run, site.end);
        return pattern == null ? null : patternName(site, pattern);
    }

    /** An unknown name after a word that only places follow: "near Minova". */
    private Mention nameAfterPreposition(Site site)
    {
        return site.afterPreposition ? patternName(site, "name-after-preposition") : null;
    }

    /** The whole capitalised run as an unknown name that pattern {@code rule} found. */
    private static Mention patternName(Site site, String rule)
    {
        Mention mention = new Mention(site.i, site.i + site.run - 1, rule);
        mention.entries = new Gazetteer.Entry[0];
        mention.wanted = "region".equals(site.ofHead) ? PlaceKind.REGION : PlaceKind.CITY;
        mention.evidence = "pattern";
        return mention;
    }

    /**
     * An unknown name of one to three capitalised words (and the particles and hyphens between
     * them) right after a word that only places follow ("near Minova", "reporters in
     * Bunagana"), not owning anything, not part of a compound or a numbered name.
     */
    private boolean isNameAfterPreposition(Document doc, int i, int run, int end)
    {
        if (i == doc.sentenceStart(i) || !isNameStart(doc, i)
                || !resources.namePrepositions.contains(doc.view.lower(i - 1))) {
            return false;
        }
        int words = 0;
        for (int k = i; k < i + run; k++) {
            if (!doc.view.isCapitalised(k)) {
                continue; // "-", "al" in "Salah al-Din"
            }
            words++;
            if (!doc.view.isWord(k) || doc.view.startsWithDigit(k) || doc.view.isAcronym(k)
                    || resources.notPlaces.contains(doc.keys[k])) {
                return false;
            }
        }
        if (words > 3) {
            return false;
        }
        if (i + run < end) { // not "in Kagame's office", "in Fano-held towns", "in Article 5"
            int next = i + run;
            return !doc.view.isPossessive(next) && !doc.view.text(next).equals("(")
                    && !doc.view.text(next).equals("-") && !doc.view.startsWithDigit(next);
        }
        return true;
    }

    /**
     * An unknown name followed by what only a settlement takes: ", south of ..." or ", a small
     * village ...". Returns the pattern's name, or null.
     */
    private String placeApposition(Document doc, int i, int run, int end)
    {
        int k = i + run;
        if (!isNameStart(doc, i) || k + 2 >= end || !doc.view.text(k).equals(",")) {
            return null;
        }
        k++;
        int directionEnd = k;
        while (directionEnd < end && (resources.directions.contains(doc.view.lower(directionEnd))
                || doc.view.text(directionEnd).equals("-") && directionEnd > k)) {
            directionEnd++;
        }
        if (directionEnd > k && directionEnd < end && doc.view.lower(directionEnd).equals("of")) {
            return "name-direction-of";
        }
        if (!Set.of("a", "an").contains(doc.view.lower(k))) {
            return null;
        }
        for (int n = k + 1; n < Math.min(end, k + 5); n++) {
            TokenTrie.Match<PlaceKind> head = resources.settlementHeads
                    .longestMatch(doc.view.lowers(), n, t -> t);
            if (head != null && head.value() == PlaceKind.CITY) {
                return "name-apposition";
            }
        }
        return null;
    }

    /** Whether some entry is a country, a curated place or a primary name of a larger place. */
    private boolean isKnownName(Gazetteer.Entry[] entries)
    {
        for (Gazetteer.Entry entry : entries) {
            Place place = entry.place();
            if (place.kind() == PlaceKind.COUNTRY || place.source().startsWith("curated")
                    || entry.primary() && place.population() >= minPopulation) {
                return true;
            }
        }
        return false;
    }

    /** A mention whose name is tokens {@code [i, j)} and whose head starts at {@code j}. */
    private Mention headedMention(Document doc, int i, int j, int end)
    {
        // A known name may start with a word that alone is no place: "North Kivu province",
        // "Amhara region" (also a people).
        if (j >= end || !isNameStart(doc, i) && !(doc.view.isCapitalised(i)
                && resources.gazetteer.contains(doc.key(i, j - 1)))) {
            return null;
        }
        List<String> lower = doc.view.lowers();
        TokenTrie.Match<String> facility = resources.facilityHeads.longestMatch(lower, j, t -> t);
        TokenTrie.Match<String> region = resources.regionHeads.longestMatch(lower, j, t -> t);
        TokenTrie.Match<PlaceKind> settlement = resources.settlementHeads.longestMatch(lower, j,
                t -> t);
        TokenTrie.Match<String> feature = doc.view.isCapitalised(j)
                ? resources.featureHeads.longestMatch(lower, j, t -> t) : null;
        TokenTrie.Match<String> street = doc.view.isCapitalised(j)
                ? resources.streetHeads.longestMatch(lower, j, t -> t) : null;
        Mention mention;
        int afterStreet = street == null ? -1 : j + street.length();
        if (afterStreet >= 0 && afterStreet < end && doc.view.startsWithDigit(afterStreet)
                && resources.gazetteer.contains(doc.key(i, j - 1))) {
            // NUMBERED_ROAD: "Otter Tail County Road 80" is a road of the county's network
            mention = new Mention(i, j - 1, NUMBERED_ROAD);
            mention.entries = resources.gazetteer.lookup(doc.key(i, j - 1));
            mention.evidence = "head:" + doc.text(j, afterStreet);
            return mention;
        }
        int afterHead = j + (street != null ? street.length() : region != null && facility == null
                && feature == null ? region.length() : settlement != null && facility == null
                        && feature == null && region == null ? settlement.length() : 0);
        if (afterHead > j && afterHead < end && doc.view.isCapitalised(afterHead)
                && doc.view.isCapitalised(j) && !doc.view.inHeading(j)
                && !resources.regionCues.contains(doc.view.lower(afterHead))
                && !doc.view.lower(j).equals("state") // "Wright State University"
                && !startsHead(lower, afterHead) // "Jones Bend Road"
                && resources.gazetteer.contains(doc.key(i, j - 1))) {
            // PLACE_BEFORE_ORGANISATION: "Florida Highway Patrol", "Athens City Council"
            mention = new Mention(i, j - 1, PLACE_BEFORE_ORGANISATION);
            mention.entries = resources.gazetteer.lookup(doc.key(i, j - 1));
            mention.evidence = "head:" + doc.text(j, afterHead - 1);
            return mention;
        }
        if (street != null) {
            mention = new Mention(i, j - 1, "street-head");
            mention.spanLast = j + street.length() - 1;
            mention.wanted = PlaceKind.OTHER;
        }
        else if (feature != null) {
            mention = new Mention(i, j - 1, "feature-head");
            mention.spanLast = j + feature.length() - 1;
            mention.wanted = PlaceKind.GEO_FEATURE;
        }
        else if (facility != null) {
            mention = new Mention(i, j - 1, "facility-head");
            mention.spanLast = j + facility.length() - 1;
            mention.wanted = PlaceKind.FACILITY;
        }
        else if (region != null) {
            mention = new Mention(i, j - 1, "region-head");
            mention.spanLast = j + region.length() - 1;
            mention.wanted = PlaceKind.REGION;
        }
        else if (settlement != null) {
            mention = new Mention(i, j - 1, "settlement-head");
            if (doc.view.lower(j).equals("city")) {
                mention.spanLast = j; // "Kunduz city" names the city
            }
        }
        else {
            return null;
        }
        mention.evidence = "head:" + doc.text(j, mention.spanLast == mention.last ? j
                : mention.spanLast);
        // A mountain range, river or street is not the village that shares its name.
        mention.entries = feature != null || street != null ? new Gazetteer.Entry[0]
                : resources.gazetteer.lookup(doc.key(i, j - 1));
        if (facility != null) {
            // FACILITY_BY_WHOLE_NAME: a facility the lists know under the name with its head
            // is that facility ("Pearson International Airport"), not a place of the name alone
            Gazetteer.Entry[] whole = resources.gazetteer.lookup(doc.key(i, mention.spanLast));
            if (Arrays.stream(whole).anyMatch(e -> e.place().kind() == PlaceKind.FACILITY)) {
                mention.entries = whole;
                mention.evidence += ",whole-name";
            }
        }
        if (settlement != null && facility == null && region == null && mention.entries.length == 0) {
            mention.wanted = settlement.value();
        }
        return mention;
    }

    /** Whether a head of any kind starts at token {@code t}. */
    private boolean startsHead(List<String> lower, int t)
    {
        return resources.streetHeads.longestMatch(lower, t, w -> w) != null
                || resources.featureHeads.longestMatch(lower, t, w -> w) != null
                || resources.facilityHeads.longestMatch(lower, t, w -> w) != null
                || resources.regionHeads.longestMatch(lower, t, w -> w) != null
                || resources.settlementHeads.longestMatch(lower, t, w -> w) != null;
    }

    /** Whether a pattern name may start at {@code i}: no determiner, title, demonym or org word. */
    private boolean isNameStart(Document doc, int i)
    {
        return doc.view.isCapitalised(i) && !DETERMINERS.contains(doc.view.lower(i))
                && !resources.evidenceBefore.contains(doc.view.lower(i))
                && !resources.demonyms.contains(doc.keys[i])
                && !resources.notPlaces.contains(doc.keys[i])
                && !resources.personTitles.contains(doc.view.lower(i))
                && !(i == doc.sentenceStart(i)
                        && resources.commonWords.contains(doc.view.lower(i)));
    }

    /**
     * "the town of X", "villages of X, Y and Z", "the province of X": the kind word before, or
     * null. Coordinated names after such a head count too.
     */
    private String ofPatternKind(Document doc, int i)
    {
        if (!isNameStart(doc, i)) {
            return null;
        }
        int k = i - 1;
        while (k >= doc.sentenceStart(i) && k > i - 12 && isCoordinatedName(doc, k)) {
            k--;
        }
        if (k < 1 || !doc.view.lower(k).equals("of")) {
            return null;
        }
        String head = doc.view.lower(k - 1);
        boolean listed = k < i - 1; // only a plural head takes a list: "the port of X, Y said"
        return switch (head) {
            case "towns", "villages", "cities", "settlements" -> "settlement";
            case "outskirts", "suburbs", "north", "south", "east", "west", "northeast",
                    "northwest", "southeast", "southwest" -> listed ? null : "settlement";
            case "town", "village", "city", "settlement", "neighbourhood", "neighborhood",
                    "suburb", "port" -> listed ? null : "settlement";
            case "regions", "provinces" -> "region";
            // not "districts": "districts of Kharkiv" are parts of the city
            case "region", "province", "district", "governorate", "oblast" -> listed ? null
                    : "region";
            default -> null;
        };
    }

    /** A token of a coordinated name list: a capitalised word, a comma or "and". */
    private boolean isCoordinatedName(Document doc, int k)
    {
        return doc.view.isCapitalised(k) || Document.COORDINATORS.contains(doc.view.lower(k))
                || doc.view.text(k).equals("-");
    }

    /** The length of the capitalised name starting at {@code i} ("Al-Gordabiya", "Cabo Delgado"). */
    private int capitalisedRun(Document doc, int i, int end)
    {
        int k = i;
        int limit = Math.min(end, i + maxNameTokens); // an all-caps line is one long run
        while (k < limit) {
            if (doc.view.isCapitalised(k)) {
                k++;
            }
            else if (doc.view.text(k).equals("-") && k + 1 < end && k > i
                    && doc.view.isCapitalised(k + 1) && !isSpacedDash(doc.view, k)) {
                k++;
            }
            else if (k > i && resources.nameParticles.contains(doc.view.text(k)) && k + 1 < end
                    && (doc.view.isCapitalised(k + 1) || k + 2 < end
                            && doc.view.text(k + 1).equals("-")
                            && doc.view.isCapitalised(k + 2))) {
                k++; // "Souq al-Juma", "Mocímboa da Praia"
            }
            else {
                break;
            }
        }
        return Math.max(1, Math.min(k - i, maxNameTokens));
    }

    /** The length of the longest name starting at {@code i} whose key passes {@code known}. */
    private int longestKey(Document doc, int i, int end, Predicate<String> known)
    {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int k = i; k < Math.min(end, i + maxNameTokens + 2); k++) {
            if (!doc.view.isWord(k) && !isJoint(doc.view, k)
                    && !doc.view.isPossessive(k)) { // "People's Defence Forces"
                break;
            }
            key.append(doc.keys[k]);
            if (doc.view.isWord(k) && (doc.view.isCapitalised(k) || doc.view.startsWithDigit(k))
                    && known.test(key.toString())) {
                best = k - i + 1;
            }
        }
        return best;
    }
}
