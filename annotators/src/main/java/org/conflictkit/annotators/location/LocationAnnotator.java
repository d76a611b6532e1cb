package org.conflictkit.annotators.location;

import static org.conflictkit.type.ClosedValueSet.LOCATION_KIND;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.annotators.text.TokenView;
import org.conflictkit.type.Location;

/**
 * Tags proper names of places and resolves them to a kind, a country, coordinates and a GeoNames
 * id. Candidates come from the gazetteer (GeoNames places, first-level divisions and countries
 * with the short names news uses, plus curated regions, features and facilities) and from
 * patterns around generic heads ("Belaya air base", "Monjane village", "the town of X"). Named,
 * ordered rules then decide: organisation names, person names and titles, demonyms, common words
 * and small places without evidence, and Title Case headlines drop candidates; prepositions,
 * heads, coordination with accepted places and earlier mentions add evidence. Resolution among
 * same-named places weighs the document's countries, an adjacent container ("Pokrovsk, Donetsk
 * region", "Russia's Irkutsk region"), the kind a head asks for, and population. Every
 * annotation's {@code provenance} names the rule that made it and how it was resolved.
 */
@ResourceMetaData(name = "ConflictKit location annotator")
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "org.conflictkit.type.Location" })
public class LocationAnnotator
    extends JCasAnnotator_ImplBase
{
    /** The lists shipped with ConflictKit, read when no lexicon is bound. */
    public static final String DEFAULT_LEXICON =
            "classpath:org/conflictkit/annotators/location/lists.def";

    /**
     * The location engine's lists: a {@link LexiconResource} naming a {@code lists.def} index
     * (see the README beside the bundled one). Optional; without it the engine reads
     * {@link #DEFAULT_LEXICON}. The gazetteer is set apart, by {@link #PARAM_GAZETTEER_DIRECTORY}.
     */
    public static final String KEY_LEXICON = LexiconResource.KEY;
    @ExternalResource(key = KEY_LEXICON, mandatory = false)
    private LexiconResource lexicon;

    /**
     * A folder with GeoNames dump files to use instead of the compact gazetteer in the jar:
     * {@code countryInfo.txt}, {@code admin1CodesASCII.txt}, {@code allCountries.txt} or a
     * {@code citiesNNN.txt}, and optionally {@code alternateNamesV2.txt} (each may be gzipped).
     */
    public static final String PARAM_GAZETTEER_DIRECTORY = "gazetteerDirectory";
    @ConfigurationParameter(name = PARAM_GAZETTEER_DIRECTORY, mandatory = false)
    private String gazetteerDirectory;

    /**
     * Populated places with fewer inhabitants are tagged only with evidence (a preposition, a
     * head, a coordinated place, the document's country).
     */
    public static final String PARAM_MIN_POPULATION = "minPopulation";
    @ConfigurationParameter(name = PARAM_MIN_POPULATION, mandatory = true, defaultValue = "20000")
    private long minPopulation;

    /** Populated places at least this large are tagged in Title Case headlines without evidence. */
    public static final String PARAM_MIN_HEADLINE_POPULATION = "minHeadlinePopulation";
    @ConfigurationParameter(name = PARAM_MIN_HEADLINE_POPULATION, mandatory = true,
            defaultValue = "250000")
    private long minHeadlinePopulation;

    // Resolution weights (ResolutionWeights): each parameter left unset keeps its default.

    /** Factor of {@code log10(population + 10)} in a reading's score; default 1. */
    public static final String PARAM_WEIGHT_POPULATION_PRIOR = "weightPopulationPrior";
    @ConfigurationParameter(name = PARAM_WEIGHT_POPULATION_PRIOR, mandatory = false)
    private Double weightPopulationPrior;

    /** Added to a curated place (regions, features, facilities of the lists); default 20. */
    public static final String PARAM_WEIGHT_CURATED = "weightCurated";
    @ConfigurationParameter(name = PARAM_WEIGHT_CURATED, mandatory = false)
    private Double weightCurated;

    /** Added to a country; default 15. */
    public static final String PARAM_WEIGHT_COUNTRY = "weightCountry";
    @ConfigurationParameter(name = PARAM_WEIGHT_COUNTRY, mandatory = false)
    private Double weightCountry;

    /** Added to a first-level division where a head or cue asks for a region; default 10. */
    public static final String PARAM_WEIGHT_REGION_WANTED = "weightRegionWanted";
    @ConfigurationParameter(name = PARAM_WEIGHT_REGION_WANTED, mandatory = false)
    private Double weightRegionWanted;

    /** Added to a first-level division where nothing asks for a region; default -1.5. */
    public static final String PARAM_WEIGHT_REGION_NOT_WANTED = "weightRegionNotWanted";
    @ConfigurationParameter(name = PARAM_WEIGHT_REGION_NOT_WANTED, mandatory = false)
    private Double weightRegionNotWanted;

    /** Added to a populated place where a head or pattern asks for a settlement; default 2. */
    public static final String PARAM_WEIGHT_CITY_WANTED = "weightCityWanted";
    @ConfigurationParameter(name = PARAM_WEIGHT_CITY_WANTED, mandatory = false)
    private Double weightCityWanted;

    /** Added where the name is the place's own name, not an alternate one; default 2. */
    public static final String PARAM_WEIGHT_PRIMARY_NAME = "weightPrimaryName";
    @ConfigurationParameter(name = PARAM_WEIGHT_PRIMARY_NAME, mandatory = false)
    private Double weightPrimaryName;

    /** Added to a place in the first-level division of an adjacent container; default 8. */
    public static final String PARAM_WEIGHT_CONTAINER_REGION = "weightContainerRegion";
    @ConfigurationParameter(name = PARAM_WEIGHT_CONTAINER_REGION, mandatory = false)
    private Double weightContainerRegion;

    /** Added to a place in the country of an adjacent container; default 6. */
    public static final String PARAM_WEIGHT_CONTAINER_COUNTRY = "weightContainerCountry";
    @ConfigurationParameter(name = PARAM_WEIGHT_CONTAINER_COUNTRY, mandatory = false)
    private Double weightContainerCountry;

    /**
     * Added, with the number of certain mentions of its country, to a place in one of the
     * document's countries; default 2.
     */
    public static final String PARAM_WEIGHT_DOCUMENT_COUNTRY_BASE = "weightDocumentCountryBase";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_COUNTRY_BASE, mandatory = false)
    private Double weightDocumentCountryBase;

    /** The most that the document's countries add to one place; default 6. */
    public static final String PARAM_WEIGHT_DOCUMENT_COUNTRY_MAX = "weightDocumentCountryMax";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_COUNTRY_MAX, mandatory = false)
    private Double weightDocumentCountryMax;

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "these", "those", "its", "his", "her", "their", "our");
    private static final Set<String> LIST_INTRODUCERS = Set.of("including", "like", ":", ",",
            "such", "as", "namely");
    private static final int MAX_NAME_TOKENS = 6;

    private LocationResources resources;
    private PlaceResolver resolver;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        String kind = LocationResources.class.getName() + " "
                + (gazetteerDirectory == null ? "" : gazetteerDirectory);
        resources = LexiconResource.get(lexicon, DEFAULT_LEXICON, kind,
                (name, index) -> LocationResources.load(name, index, gazetteerDirectory));
        resolver = new PlaceResolver(weights(), minPopulation);
    }

    /** The resolution weights: the parameters that are set, else the defaults. */
    private ResolutionWeights weights()
    {
        ResolutionWeights d = ResolutionWeights.DEFAULTS;
        return new ResolutionWeights(or(weightPopulationPrior, d.populationPrior()),
                or(weightCurated, d.curated()), or(weightCountry, d.country()),
                or(weightRegionWanted, d.regionWanted()),
                or(weightRegionNotWanted, d.regionNotWanted()),
                or(weightCityWanted, d.cityWanted()), or(weightPrimaryName, d.primaryName()),
                or(weightContainerRegion, d.containerRegion()),
                or(weightContainerCountry, d.containerCountry()),
                or(weightDocumentCountryBase, d.documentCountryBase()),
                or(weightDocumentCountryMax, d.documentCountryMax()));
    }

    private static double or(Double value, double fallback)
    {
        return value == null ? fallback : value;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        Document doc = new Document(jcas, resources);
        for (int sentence = 0; sentence < doc.view.sentenceCount(); sentence++) {
            scan(doc, sentence);
        }
        doc.indexMentions();
        for (Mention mention : doc.mentions) {
            Interruption.check();
            reject(doc, mention);
        }
        markRegionLists(doc);
        accept(doc);
        repeatPatternNames(doc);
        for (Mention mention : doc.mentions) {
            Interruption.check();
            if (mention.accepted) {
                resolver.resolve(doc, mention);
            }
        }
        DecisionLog log = DecisionLog.active();
        for (Mention mention : doc.mentions) {
            if (mention.accepted) {
                emit(jcas, doc, mention);
            }
            else if (log != null) {
                log.rejected(doc.view.begin(mention.first), doc.view.end(mention.spanLast),
                        rejection(mention));
            }
        }
    }

    /** Why a candidate was not tagged: the reject rule and its evidence, or none found. */
    private static Provenance rejection(Mention m)
    {
        String why = m.rejected == null ? "no-evidence" : m.rejected;
        int colon = why.indexOf(':');
        return Provenance.of(Engine.LOCATION, colon < 0 ? why : why.substring(0, colon))
                .with("candidate", m.rule).with("evidence", colon < 0 ? null : why.substring(colon + 1));
    }

    // ---------------------------------------------------------------------------------------
    // Candidates

    /** Finds the candidate mentions of one sentence, left to right, longest first. */
    private void scan(Document doc, int sentence) throws AnalysisEngineProcessException
    {
        int begin = doc.view.sentenceStart(sentence);
        int end = doc.view.sentenceEnd(sentence);
        boolean headline = doc.view.sentenceInHeading(sentence);
        int i = begin;
        int dateline = datelineLength(doc, begin, end);
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
    }

    /**
     * The length of the place that opens a wire-service dateline ("GOMA, Congo (Reuters) —", as
     * the segmenter marked it): the upper-case words before its first comma; 0 when the sentence
     * opens no dateline.
     */
    private static int datelineLength(Document doc, int begin, int end)
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
        return length == 0 || length > MAX_NAME_TOKENS + 2 || k >= end
                || !doc.view.text(k).equals(",") ? 0 : length;
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
        return text.equals("-") || text.equals("'") || text.equals("\u2019") || text.equals(".");
    }

    /** The candidate starting at token {@code i}, or null. */
    private Mention candidateAt(Document doc, int i, int end)
    {
        Gazetteer gazetteer = resources.gazetteer;
        int gazLength = longestKey(doc, i, end, gazetteer::contains);
        int run = capitalisedRun(doc, i, end);
        // A head inside or after the capitalised run: "Belaya Air Base", "Sumy oblast".
        for (int j = i + 1; j <= Math.min(i + run, end - 1); j++) {
            if (gazLength > j - i) {
                continue; // the head word belongs to a known name ("Gaza Strip", "Crimea Peninsula")
            }
            Mention headed = headedMention(doc, i, j, end);
            if (headed != null) {
                return headed;
            }
        }
        String ofHead = ofPatternKind(doc, i);
        boolean afterPreposition = gazLength < run && isNameAfterPreposition(doc, i, run, end);
        if (gazLength > 0 && gazLength < run && (ofHead != null || afterPreposition)
                && !isKnownName(gazetteer.lookup(doc.key(i, i + gazLength - 1)))) {
            gazLength = 0; // "the town of Mai Tsebri", "near Nir Oz": the whole run is the name
        }
        if (gazLength < run && resources.featurePrefixes.contains(doc.view.lower(i))
                && run > 1) {
            Mention mention = new Mention(i, i + run - 1, "feature-prefix"); // "Lake Tana"
            mention.entries = new Gazetteer.Entry[0];
            mention.wanted = PlaceKind.GEO_FEATURE;
            mention.evidence = "head:" + doc.view.text(i);
            return mention;
        }
        if (gazLength > 0) {
            return gazetteerMention(doc, i, gazLength, ofHead);
        }
        String apposition = ofHead != null ? "name-after-" + ofHead
                : placeApposition(doc, i, run, end);
        if (apposition == null && afterPreposition) {
            apposition = "name-after-preposition";
        }
        if (apposition != null) {
            Mention mention = new Mention(i, i + run - 1, apposition);
            mention.entries = new Gazetteer.Entry[0];
            mention.wanted = "region".equals(ofHead) ? PlaceKind.REGION : PlaceKind.CITY;
            mention.evidence = "pattern";
            return mention;
        }
        return null;
    }

    private Mention gazetteerMention(Document doc, int i, int length, String ofHead)
    {
        Mention mention = new Mention(i, i + length - 1, "gazetteer");
        mention.entries = resources.gazetteer.lookup(doc.key(i, i + length - 1));
        if (ofHead != null) {
            mention.evidence = "after-" + ofHead + "-of";
            mention.wanted = ofHead.equals("region") && !mention.hasKind(PlaceKind.COUNTRY)
                    ? PlaceKind.REGION : null;
        }
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
        Mention mention;
        if (feature != null) {
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
        // A mountain range or river is not the village that shares its name.
        mention.entries = feature != null ? new Gazetteer.Entry[0]
                : resources.gazetteer.lookup(doc.key(i, j - 1));
        if (settlement != null && facility == null && region == null && mention.entries.length == 0) {
            mention.wanted = settlement.value();
        }
        return mention;
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
        int limit = Math.min(end, i + MAX_NAME_TOKENS); // an all-caps line is one long run
        while (k < limit) {
            if (doc.view.isCapitalised(k)) {
                k++;
            }
            else if (doc.view.text(k).equals("-") && k + 1 < end && k > i
                    && doc.view.isCapitalised(k + 1)) {
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
        return Math.max(1, Math.min(k - i, MAX_NAME_TOKENS));
    }

    /** The length of the longest name starting at {@code i} whose key passes {@code known}. */
    private int longestKey(Document doc, int i, int end, java.util.function.Predicate<String> known)
    {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int k = i; k < Math.min(end, i + MAX_NAME_TOKENS + 2); k++) {
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

    // ---------------------------------------------------------------------------------------
    // Rules that drop candidates

    private void reject(Document doc, Mention m)
    {
        TokenView view = doc.view;
        int previous = m.first > doc.sentenceStart(m.first) ? m.first - 1 : -1;
        int next = m.spanLast + 1 < doc.sentenceEnd(m.first) ? m.spanLast + 1 : -1;
        boolean single = m.first == m.last;
        boolean country = m.hasKind(PlaceKind.COUNTRY);
        String key = doc.key(m.first, m.last);
        if (resources.demonyms.contains(key) && !m.rule.equals("region-head")
                && !(m.hasKind(PlaceKind.REGION) && localEvidence(doc, m) != null)) {
            m.reject("demonym"); // but "in Amhara", "Ethiopia's Afar": the region of the people
        }
        else if (resources.notPlaces.contains(key)) {
            m.reject("not-a-place");
        }
        else if (isSecondPartOfHyphenatedName(doc, m)) {
            m.reject("inside-hyphenated-name"); // "Ben-Ami", "Abu-Ali": part of a person's name
        }
        else if (m.headline && (m.rule.equals("feature-prefix")
                || m.rule.equals("name-after-preposition"))) {
            m.reject("pattern-in-headline"); // every word is capitalised: no name boundary
        }
        else if (previous >= 0 && resources.personTitles.contains(view.lower(previous))
                && (!country || next >= 0 && view.isCapitalised(next))) {
            m.reject("person-title:" + view.text(previous));
        }
        else if (previous >= 0 && view.isCapitalised(previous)
                && resources.givenNames.contains(doc.keys[previous]) && !country) {
            m.reject("after-given-name:" + view.text(previous));
        }
        else if (single && resources.givenNames.contains(key) && next >= 0
                && view.isCapitalised(next) && !doc.startsMention(m.spanLast + 1)) {
            m.reject("given-name:" + view.text(next));
        }
        else if (single && resources.givenNames.contains(key) && previous >= 0
                && view.isCapitalised(previous) && view.isWord(previous)
                && !doc.startsMention(m.first - 1) && m.first - 1 > doc.sentenceStart(m.first)) {
            m.reject("surname-after-name:" + view.text(previous));
        }
        else if (single && doc.personKeys.contains(key) && !country && !m.isCurated()) {
            m.reject("known-person");
        }
        else if (single && m.wanted == null && view.isAcronym(m.first) && !m.isCurated()
                && !country) {
            m.reject("acronym");
        }
        else if (m.wanted == null && m.evidence == null && !m.headline && next >= 0
                && view.isCapitalised(next)
                && view.isWord(next) && !doc.startsMention(m.spanLast + 1) && !isStrong(doc, m)
                && !resources.regionCues.contains(view.lower(next))) {
            m.reject("inside-longer-name:" + view.text(next));
        }
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
            if (pluralAfter || pluralBefore) {
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
                m.evidence = localEvidence(doc, m);
            }
            if (m.evidence != null || isStrong(doc, m)) {
                m.accepted = true;
                if (m.evidence == null) {
                    m.evidence = "known-name";
                }
            }
        }
        doc.countCountries();
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
        Set<String> evidencedKeys = new HashSet<>();
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
            String why = m.accepted ? null : weakEvidence(doc, m, evidencedKeys.contains(key));
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

    /** Evidence in the mention's own context, or null. */
    private String localEvidence(Document doc, Mention m)
    {
        int sentenceStart = doc.sentenceStart(m.first);
        int sentenceEnd = doc.sentenceEnd(m.first);
        if (m.spanLast + 1 < sentenceEnd) {
            if (resources.regionCues.contains(doc.view.lower(m.spanLast + 1))) {
                if (m.hasKind(PlaceKind.REGION) && m.wanted == null
                        && !resources.pluralRegionWords.contains(doc.view.lower(m.spanLast + 1))) {
                    m.wanted = PlaceKind.REGION;
                }
                return "cue:" + doc.view.lower(m.spanLast + 1);
            }
        }
        boolean common = m.first == m.last
                && resources.commonWords.contains(doc.view.lower(m.first));
        if (m.headline && common) {
            return null;
        }
        for (int k = m.first - 1; k >= Math.max(sentenceStart, m.first - 3); k--) {
            String lower = doc.view.lower(k);
            if (resources.evidenceBefore.contains(lower)) {
                return lower.equals("of") && k == m.first - 1 && !isPlaceOf(doc, k)
                        ? null : "after:" + lower;
            }
            if (doc.view.isCapitalised(k) || !doc.view.isWord(k)) {
                if (doc.view.isPossessive(k)) {
                    Mention owner = doc.mentionEndingAt(k - 1);
                    if (!common && owner != null && owner.rejected == null
                            && owner.hasKind(PlaceKind.COUNTRY)) {
                        return "possessive-of:" + doc.text(owner.first, owner.last);
                    }
                }
                return null;
            }
        }
        return null;
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
        boolean common = m.first == m.last
                && resources.commonWords.contains(doc.view.lower(m.first));
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

    /** Evidence that lets a weak name in, or null. */
    private String weakEvidence(Document doc, Mention m, boolean namedElsewhere)
    {
        Mention before = doc.coordinatedBefore(m);
        if (before != null && before.accepted) {
            return "coordinated-with:" + doc.text(before.first, before.last);
        }
        Mention after = doc.coordinatedAfter(m);
        if (after != null && after.accepted && after.entries.length > 0) {
            return "coordinated-with:" + doc.text(after.first, after.last);
        }
        if (namedElsewhere) {
            return "named-elsewhere";
        }
        boolean common = m.first == m.last
                && resources.commonWords.contains(doc.view.lower(m.first));
        if (!common && !m.headline) {
            for (Gazetteer.Entry entry : m.entries) {
                if ((entry.primary() || entry.place().population() >= minHeadlinePopulation)
                        && doc.countryWeight(entry.place().countryCode()) >= 2) {
                    return "in-document-country:" + entry.place().countryCode();
                }
            }
        }
        return null;
    }

    private void emit(JCas jcas, Document doc, Mention m)
    {
        Location location = new Location(jcas, doc.view.begin(m.first),
                doc.view.end(m.spanLast));
        location.setKind(LOCATION_KIND.checked(m.kind.name()));
        location.setCountryCode(m.countryCode);
        Place place = m.place;
        if (place != null && place.hasCoordinates()) {
            location.setLatitude(place.latitude());
            location.setLongitude(place.longitude());
        }
        if (place != null && place.kind() == m.kind && place.geonamesId() > 0) {
            location.setGeonamesId(place.geonamesId());
        }
        location.setProvenance(Provenance.of(Engine.LOCATION, m.rule).with("evidence", m.evidence)
                .with("resolved", m.resolution).with("name", place == null ? null : place.name())
                .toString());
        location.addToIndexes();
    }

}
