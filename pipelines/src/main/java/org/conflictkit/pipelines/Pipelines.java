package org.conflictkit.pipelines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.Capability;
import org.conflictkit.annotators.casualty.CasualtyAnnotator;
import org.conflictkit.annotators.linguistic.OpenNlpTagger;
import org.conflictkit.annotators.location.LocationAnnotator;
import org.conflictkit.annotators.quote.QuoteAnnotator;
import org.conflictkit.annotators.quote.SpeakerAnnotator;
import org.conflictkit.annotators.segment.NewsSegmenter;
import org.conflictkit.annotators.weapon.WeaponAnnotator;

/**
 * The named pipelines of ConflictKit: the one source of truth for what each preset runs. Every
 * preset starts with {@link #segmenter()}; {@code default} runs every engine preset in order.
 * {@code linguistic} (part-of-speech tags and lemmas) is a stage of its own, not part of
 * {@code default}: corpus outputs add it with {@link #create(String, boolean)}. Java users compose
 * their own pipelines from {@link #segmenter()} and {@link #engines(String)}.
 */
public final class Pipelines
{
    public static final String SEGMENT = "segment";
    public static final String DEFAULT = "default";
    public static final String LINGUISTIC = "linguistic";

    /** Builds the engines of a preset, without segmentation. */
    @FunctionalInterface
    private interface EngineFactory
    {
        List<AnalysisEngineDescription> create() throws ResourceInitializationException;
    }

    private record Preset(String description, EngineFactory engines, boolean inDefault)
    {
        Preset(String description, EngineFactory engines)
        {
            this(description, engines, true);
        }
    }

    private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put(SEGMENT, new Preset("sentence and token segmentation only", List::of));
        PRESETS.put("weapons", new Preset("weapons, munitions and platforms",
                () -> List.of(createEngineDescription(WeaponAnnotator.class))));
        PRESETS.put("casualties", new Preset("casualty counts: killed, injured, missing, captured",
                () -> List.of(createEngineDescription(CasualtyAnnotator.class))));
        PRESETS.put("locations", new Preset("place names resolved to GeoNames",
                () -> List.of(createEngineDescription(LocationAnnotator.class))));
        PRESETS.put("quotes", new Preset("direct and indirect quotes with their speakers",
                () -> List.of(createEngineDescription(QuoteAnnotator.class),
                        createEngineDescription(SpeakerAnnotator.class))));
        PRESETS.put(LINGUISTIC, new Preset(
                "part-of-speech tags and lemmas (OpenNLP, Universal Dependencies English)",
                () -> List.of(createEngineDescription(OpenNlpTagger.class)), false));
        PRESETS.put(DEFAULT, new Preset("every engine but linguistic", Pipelines::allEngines));
    }

    private Pipelines()
    {
    }

    /** The preset names, {@code segment} first. */
    public static Set<String> names()
    {
        return Collections.unmodifiableSet(PRESETS.keySet());
    }

    /** A one-line description of what a preset runs. */
    public static String describe(String name)
    {
        return preset(name).description();
    }

    /** The segmenter every pipeline starts with. */
    public static AnalysisEngineDescription segmenter() throws ResourceInitializationException
    {
        return createEngineDescription(NewsSegmenter.class);
    }

    /** The engines of a preset, to run on text that already has tokens and sentences. */
    public static List<AnalysisEngineDescription> engines(String name)
        throws ResourceInitializationException
    {
        return preset(name).engines().create();
    }

    /**
     * The engines of a preset as one aggregate description, for uimaFIT's
     * {@code SimplePipeline.runPipeline} after a segmenter of your own.
     */
    public static AnalysisEngineDescription createWithoutSegmenter(String name)
        throws ResourceInitializationException
    {
        return createEngineDescription(engines(name).toArray(AnalysisEngineDescription[]::new));
    }

    /** The whole pipeline of a preset: segmentation, then its engines. */
    public static AnalysisEngineDescription create(String name)
        throws ResourceInitializationException
    {
        return create(name, false);
    }

    /** The whole pipeline of a preset, with the {@code linguistic} stage after segmentation. */
    public static AnalysisEngineDescription create(String name, boolean linguistic)
        throws ResourceInitializationException
    {
        List<AnalysisEngineDescription> steps = new ArrayList<>();
        steps.add(segmenter());
        if (linguistic && !name.equals(LINGUISTIC)) {
            steps.addAll(engines(LINGUISTIC));
        }
        steps.addAll(engines(name));
        return createEngineDescription(steps.toArray(AnalysisEngineDescription[]::new));
    }

    /**
     * The annotation types a preset makes, segmentation included, as its engines declare them
     * (uimaFIT {@code @TypeCapability} outputs): the layers a run of the preset replaces.
     */
    public static Set<String> outputTypes(String name) throws ResourceInitializationException
    {
        List<AnalysisEngineDescription> steps = new ArrayList<>();
        steps.add(segmenter());
        steps.addAll(engines(name));
        Set<String> types = new LinkedHashSet<>();
        for (AnalysisEngineDescription step : steps) {
            for (Capability capability : step.getAnalysisEngineMetaData().getCapabilities()) {
                Arrays.stream(capability.getOutputs()).filter(TypeOrFeature::isType)
                        .map(TypeOrFeature::getName).forEach(types::add);
            }
        }
        return types;
    }

    private static Preset preset(String name)
    {
        Preset preset = PRESETS.get(name);
        if (preset == null) {
            throw new IllegalArgumentException(
                    "Unknown pipeline '" + name + "'; known pipelines: " + String.join(", ", names()));
        }
        return preset;
    }

    private static List<AnalysisEngineDescription> allEngines()
        throws ResourceInitializationException
    {
        List<AnalysisEngineDescription> engines = new ArrayList<>();
        for (Map.Entry<String, Preset> entry : PRESETS.entrySet()) {
            if (!entry.getKey().equals(DEFAULT) && entry.getValue().inDefault()) {
                engines.addAll(entry.getValue().engines().create());
            }
        }
        return engines;
    }
}
