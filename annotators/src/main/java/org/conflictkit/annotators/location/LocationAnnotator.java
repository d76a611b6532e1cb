package org.conflictkit.annotators.location;

import static org.conflictkit.type.ClosedValueSet.LOCATION_KIND;

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
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
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
 * annotation's {@code provenance} names the rule that made it and how it was resolved. The
 * stages are {@link CandidateFinder}, {@link LocationRules} and {@link PlaceResolver}; the
 * resolution weights ({@link ResolutionWeights}) are parameters of this engine.
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

    /**
     * The most words (and hyphens, particles) of a capitalised name that no list knows; a name
     * the gazetteer or the organisation list knows, and a dateline's place, may have two more.
     * It also keeps an all-caps line from being read as one long name.
     */
    public static final String PARAM_MAX_NAME_TOKENS = "maxNameTokens";
    @ConfigurationParameter(name = PARAM_MAX_NAME_TOKENS, mandatory = true, defaultValue = "6")
    private int maxNameTokens;

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

    /**
     * Added to a first-level division where nothing asks for a region and a city of its name lies
     * inside it or has at least remoteMaxPopulation inhabitants; default -1.5.
     */
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
     * Added to a place in the first-level division whose abbreviation follows the name
     * ("Albany, Ga."); default 25.
     */
    public static final String PARAM_WEIGHT_STATE_ABBREVIATION = "weightStateAbbreviation";
    @ConfigurationParameter(name = PARAM_WEIGHT_STATE_ABBREVIATION, mandatory = false)
    private Double weightStateAbbreviation;

    /**
     * Added, with the number of certain mentions of its country (and, for the country, its
     * divisions and its cities of at least {@code remoteMaxPopulation} inhabitants, of the
     * adjectives of its nationality), to a place in one of the document's countries; default 2.
     */
    public static final String PARAM_WEIGHT_DOCUMENT_COUNTRY_BASE = "weightDocumentCountryBase";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_COUNTRY_BASE, mandatory = false)
    private Double weightDocumentCountryBase;

    /** The most that the document's countries add to one place; default 6. */
    public static final String PARAM_WEIGHT_DOCUMENT_COUNTRY_MAX = "weightDocumentCountryMax";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_COUNTRY_MAX, mandatory = false)
    private Double weightDocumentCountryMax;

    /**
     * Added, in the document-region step, to a reading in a first-level division another name
     * of the document resolved to, plus one for each further mention of that division; default 4.
     */
    public static final String PARAM_WEIGHT_DOCUMENT_REGION = "weightDocumentRegion";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_REGION, mandatory = false)
    private Double weightDocumentRegion;

    /**
     * The most that the first-level divisions the document names add to one reading, however
     * often a division is named (each mention after the first adds one to
     * {@code weightDocumentRegion}); default 10.
     */
    public static final String PARAM_WEIGHT_DOCUMENT_REGION_MAX = "weightDocumentRegionMax";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_REGION_MAX, mandatory = false)
    private Double weightDocumentRegionMax;

    /**
     * Added, in the document-region step, to a reading in a second-level division another name
     * of the document may be, or to a division holding a place another name may be, times that
     * reading's share; default 4.
     */
    public static final String PARAM_WEIGHT_DOCUMENT_COUNTY = "weightDocumentCounty";
    @ConfigurationParameter(name = PARAM_WEIGHT_DOCUMENT_COUNTY, mandatory = false)
    private Double weightDocumentCounty;

    /**
     * Added, in the document-region step, for each other place of the document within
     * {@code nearbyKm} of a reading (or inside it), up to {@code nearbyMax}; default 2.
     */
    public static final String PARAM_WEIGHT_NEARBY = "weightNearby";
    @ConfigurationParameter(name = PARAM_WEIGHT_NEARBY, mandatory = false)
    private Double weightNearby;

    /** The distance within which another place of the document supports a reading; default 100. */
    public static final String PARAM_NEARBY_KM = "nearbyKm";
    @ConfigurationParameter(name = PARAM_NEARBY_KM, mandatory = false)
    private Double nearbyKm;

    /** The most nearby places counted for {@code weightNearby}; default 3. */
    public static final String PARAM_NEARBY_MAX = "nearbyMax";
    @ConfigurationParameter(name = PARAM_NEARBY_MAX, mandatory = false)
    private Integer nearbyMax;

    /**
     * The temperature of the softmax that turns the scores of a name's readings into the shares
     * with which they support nearby readings of other names; default 1.
     */
    public static final String PARAM_SHARE_TEMPERATURE = "shareTemperature";
    @ConfigurationParameter(name = PARAM_SHARE_TEMPERATURE, mandatory = false)
    private Double shareTemperature;

    /**
     * Added to a reading farther than {@code remoteKm} from every other place of the document
     * and in none of their countries; default -10.
     */
    public static final String PARAM_WEIGHT_REMOTE = "weightRemote";
    @ConfigurationParameter(name = PARAM_WEIGHT_REMOTE, mandatory = false)
    private Double weightRemote;

    /** The distance beyond which a reading is remote from the document's places; default 5000. */
    public static final String PARAM_REMOTE_KM = "remoteKm";
    @ConfigurationParameter(name = PARAM_REMOTE_KM, mandatory = false)
    private Double remoteKm;

    /**
     * A reading that readings of other names within {@code nearbyKm} support at least this much
     * (the sum of their shares) is never remote; default 0.25.
     */
    public static final String PARAM_REMOTE_MIN_SUPPORT = "remoteMinSupport";
    @ConfigurationParameter(name = PARAM_REMOTE_MIN_SUPPORT, mandatory = false)
    private Double remoteMinSupport;

    /** Readings with at least this many inhabitants are never remote; default 250000. */
    public static final String PARAM_REMOTE_MAX_POPULATION = "remoteMaxPopulation";
    @ConfigurationParameter(name = PARAM_REMOTE_MAX_POPULATION, mandatory = false)
    private Long remoteMaxPopulation;

    /** Added to a reading in the country of the dateline's place; default 3. */
    public static final String PARAM_WEIGHT_DATELINE_COUNTRY = "weightDatelineCountry";
    @ConfigurationParameter(name = PARAM_WEIGHT_DATELINE_COUNTRY, mandatory = false)
    private Double weightDatelineCountry;

    /** How often the document-region step scores every ambiguous name again; default 2. */
    public static final String PARAM_GEOGRAPHY_ROUNDS = "geographyRounds";
    @ConfigurationParameter(name = PARAM_GEOGRAPHY_ROUNDS, mandatory = false)
    private Integer geographyRounds;

    private LocationResources resources;
    private CandidateFinder finder;
    private LocationRules rules;
    private PlaceResolver resolver;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        String kind = LocationResources.class.getName() + " "
                + (gazetteerDirectory == null ? "" : gazetteerDirectory);
        resources = LexiconResource.get(lexicon, DEFAULT_LEXICON, kind,
                (name, index) -> LocationResources.load(name, index, gazetteerDirectory));
        finder = new CandidateFinder(resources, minPopulation, maxNameTokens);
        rules = new LocationRules(resources, minPopulation, minHeadlinePopulation);
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
                or(weightStateAbbreviation, d.stateAbbreviation()),
                or(weightDocumentCountryBase, d.documentCountryBase()),
                or(weightDocumentCountryMax, d.documentCountryMax()),
                or(weightDocumentRegion, d.documentRegion()),
                or(weightDocumentRegionMax, d.documentRegionMax()),
                or(weightDocumentCounty, d.documentCounty()), or(weightNearby, d.nearby()),
                or(nearbyKm, d.nearbyKm()), nearbyMax == null ? d.nearbyMax() : nearbyMax,
                or(shareTemperature, d.shareTemperature()), or(weightRemote, d.remote()),
                or(remoteKm, d.remoteKm()), or(remoteMinSupport, d.remoteMinSupport()),
                remoteMaxPopulation == null ? d.remoteMaxPopulation() : remoteMaxPopulation,
                or(weightDatelineCountry, d.datelineCountry()),
                geographyRounds == null ? d.geographyRounds() : geographyRounds);
    }

    private static double or(Double value, double fallback)
    {
        return value == null ? fallback : value;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        Document doc = new Document(jcas, resources, rules.givenNames);
        finder.find(doc);
        rules.decide(doc);
        resolver.resolveAll(doc);
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
