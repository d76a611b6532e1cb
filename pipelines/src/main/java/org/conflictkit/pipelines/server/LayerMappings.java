package org.conflictkit.pipelines.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.Weapon;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The layers the recommender predicts, the pipeline presets that produce each of them and how the
 * engines' annotations become suggestions: the one place that maps INCEpTION layers to engines.
 */
public final class LayerMappings
{
    /** DKPro Core's named entity layer, built into every INCEpTION project. */
    public static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    public static final String NAMED_ENTITY_VALUE = "value";
    public static final String LOC = "LOC";
    public static final String PER = "PER";

    private static final String PROVENANCE = "provenance";

    /** How one layer is predicted. */
    public interface LayerMapping
    {
        /** The UIMA type name INCEpTION sends as {@code metadata.layer}. */
        String layer();

        /** The pipeline presets whose engines produce the layer, in the order they run. */
        List<String> presets();

        /** Why a feature cannot carry the label, or {@code null} when it can. */
        String unsupportedFeature(TypeSystem work, String feature);

        /** The suggestions for a feature, read from a CAS the engines have processed. */
        List<Prediction> predictions(JCas work, String feature);
    }

    private static final Map<String, LayerMapping> STANDARD = new LinkedHashMap<>();

    static {
        add(new OwnLayer(Weapon._TypeName, "weapons"));
        add(new OwnLayer(CasualtyCount._TypeName, "casualties"));
        add(new OwnLayer(Location._TypeName, "locations"));
        add(new OwnLayer(Quote._TypeName, "quotes"));
        add(new OwnLayer(Speaker._TypeName, "quotes"));
        add(new NamedEntities(List.of("locations", "quotes")));
    }

    private LayerMappings()
    {
    }

    private static void add(LayerMapping mapping)
    {
        STANDARD.put(mapping.layer(), mapping);
    }

    /** The mappings of this build, by layer name, in a fixed order. */
    public static Map<String, LayerMapping> standard()
    {
        return STANDARD;
    }

    /**
     * One of ConflictKit's own layers: each annotation of the type becomes a suggestion labelled
     * with the requested String feature, explained by its provenance and scored by its rule.
     */
    record OwnLayer(String layer, String preset)
        implements LayerMapping
    {
        @Override
        public List<String> presets()
        {
            return List.of(preset);
        }

        @Override
        public String unsupportedFeature(TypeSystem work, String feature)
        {
            List<String> labels = labelFeatures(work);
            if (labels.contains(feature)) {
                return null;
            }
            return "layer " + layer + " has no text feature '" + feature
                    + "' that ConflictKit predicts; use one of " + String.join(", ", labels);
        }

        private List<String> labelFeatures(TypeSystem ts)
        {
            Type type = ts.getType(layer);
            Type string = ts.getType(CAS.TYPE_NAME_STRING);
            return type.getFeatures().stream()
                    .filter(f -> f.getDomain() == type && ts.subsumes(string, f.getRange()))
                    .map(Feature::getShortName).collect(Collectors.toList());
        }

        @Override
        public List<Prediction> predictions(JCas work, String feature)
        {
            Type type = work.getTypeSystem().getType(layer);
            Feature label = type.getFeatureByBaseName(feature);
            Feature provenance = type.getFeatureByBaseName(PROVENANCE);
            List<Prediction> predictions = new ArrayList<>();
            for (AnnotationFS annotation : work.getCas().getAnnotationIndex(type)) {
                String value = annotation.getFeatureValueAsString(label);
                String why = annotation.getFeatureValueAsString(provenance);
                if (value != null && !value.isEmpty()) {
                    predictions.add(new Prediction(annotation.getBegin(), annotation.getEnd(),
                            value, why, RuleScores.standard().score(type.getShortName(), why)));
                }
            }
            return predictions;
        }
    }

    /**
     * DKPro Core's NamedEntity: {@code LOC} on every Location, {@code PER} on the name words of a
     * Speaker whose name is known (not on pronouns or titles) and is a person's: an organisation
     * that speaks ("Ukraine said", "the Houthis said") has its own name as its organization.
     */
    record NamedEntities(List<String> presets)
        implements LayerMapping
    {
        @Override
        public String layer()
        {
            return NAMED_ENTITY;
        }

        @Override
        public String unsupportedFeature(TypeSystem work, String feature)
        {
            return NAMED_ENTITY_VALUE.equals(feature) ? null
                    : "ConflictKit predicts only the feature '" + NAMED_ENTITY_VALUE + "' of layer "
                            + NAMED_ENTITY + ", not '" + feature + "'";
        }

        @Override
        public List<Prediction> predictions(JCas work, String feature)
        {
            List<Prediction> predictions = new ArrayList<>();
            for (Location location : JCasUtil.select(work, Location.class)) {
                predictions.add(new Prediction(location.getBegin(), location.getEnd(), LOC,
                        "Location " + location.getProvenance(), RuleScores.standard()
                                .score(location.getType().getShortName(), location.getProvenance())));
            }
            for (Speaker speaker : JCasUtil.select(work, Speaker.class)) {
                if (isOrganisation(speaker)) {
                    continue;
                }
                List<Token> name = nameTokens(JCasUtil.selectCovered(Token.class, speaker),
                        speaker.getName());
                if (!name.isEmpty()) {
                    predictions.add(new Prediction(name.get(0).getBegin(),
                            name.get(name.size() - 1).getEnd(), PER,
                            "Speaker " + speaker.getProvenance(), RuleScores.standard()
                                    .score(speaker.getType().getShortName(),
                                            speaker.getProvenance())));
                }
            }
            return predictions;
        }

        private static boolean isOrganisation(Speaker speaker)
        {
            return speaker.getName() != null && speaker.getName().equals(speaker.getOrganization());
        }

        /** The longest run of capitalised tokens that are words of the speaker's name. */
        static List<Token> nameTokens(List<Token> tokens, String name)
        {
            if (name == null || name.isBlank()) {
                return List.of();
            }
            Set<String> words = Set.copyOf(Arrays.asList(name.strip().split("\\s+")));
            List<Token> best = List.of();
            int start = 0;
            for (int i = 0; i <= tokens.size(); i++) {
                boolean inName = i < tokens.size() && isNameWord(tokens.get(i), words);
                if (!inName) {
                    if (i - start > best.size()) {
                        best = tokens.subList(start, i);
                    }
                    start = i + 1;
                }
            }
            return best;
        }

        private static boolean isNameWord(Token token, Set<String> words)
        {
            String text = token.getCoveredText();
            return words.contains(text) && Character.isUpperCase(text.codePointAt(0));
        }
    }
}
