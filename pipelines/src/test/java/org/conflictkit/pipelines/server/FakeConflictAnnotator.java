package org.conflictkit.pipelines.server;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.Weapon;

/**
 * Stands in for the engine of one preset in protocol tests: tags a few fixed words, so that the
 * tests check the recommender, not the engines. "drones" is a Weapon, "two people were killed" a
 * CasualtyCount, "Kyiv" and "Kharkiv" Locations; "spokesman Yuriy Ignat" and "he" are Speakers
 * of the quoted text that follows them. A text containing {@value #SLOW} takes
 * {@value #SLOW_MILLIS} ms, as a long document would.
 */
public final class FakeConflictAnnotator
    extends JCasAnnotator_ImplBase
{
    public static final String PARAM_PRESET = "preset";
    @ConfigurationParameter(name = PARAM_PRESET, mandatory = true)
    private String preset;

    public static final String SLOW = "[slow]";
    public static final long SLOW_MILLIS = 30_000;

    private static final Pattern QUOTE = Pattern
            .compile("(spokesman Yuriy Ignat|\\bhe) said: \"([^\"]+)\"");

    /** The fake engines of the four presets; the segmenter is the real one. */
    public static PresetEngines presets()
    {
        return presets("weapons", "casualties", "locations", "quotes");
    }

    /** Fake engines for some presets only, as in a build that lacks the others. */
    public static PresetEngines presets(String... names)
    {
        List<String> available = List.of(names);
        return new PresetEngines()
        {
            @Override
            public boolean has(String preset)
            {
                return available.contains(preset);
            }

            @Override
            public List<AnalysisEngineDescription> engines(String preset)
                throws ResourceInitializationException
            {
                return List.of(createEngineDescription(FakeConflictAnnotator.class,
                        PARAM_PRESET, preset));
            }

            @Override
            public AnalysisEngineDescription segmenter() throws ResourceInitializationException
            {
                return Pipelines.segmenter();
            }
        };
    }

    @Override
    public void process(JCas jcas)
    {
        String text = jcas.getDocumentText();
        if (text.contains(SLOW)) {
            try {
                Thread.sleep(SLOW_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (preset) {
        case "weapons" -> each(text, "\\bdrones\\b", m -> {
            Weapon weapon = new Weapon(jcas, m.start(), m.end());
            weapon.setCategory("DRONE");
            weapon.setProvenance("fake:weapon");
            weapon.addToIndexes();
        });
        case "casualties" -> each(text, "\\b[Tt]wo people were killed", m -> {
            CasualtyCount count = new CasualtyCount(jcas, m.start(), m.end());
            count.setCount(2);
            count.setStatus("KILLED");
            count.setQualifier("EXACT");
            count.setProvenance("fake:casualty");
            count.addToIndexes();
        });
        case "locations" -> each(text, "\\b(Kyiv|Kharkiv)\\b", m -> {
            Location location = new Location(jcas, m.start(), m.end());
            location.setKind("CITY");
            location.setCountryCode("UA");
            location.setProvenance("fake:gazetteer");
            location.addToIndexes();
        });
        case "quotes" -> each(text, QUOTE.pattern(), m -> {
            Speaker speaker = new Speaker(jcas, m.start(1), m.end(1));
            speaker.setName("Yuriy Ignat");
            speaker.setOfficial(true);
            speaker.setProvenance("fake:speaker");
            speaker.addToIndexes();
            Quote quote = new Quote(jcas, m.start(2), m.end(2));
            quote.setSpeaker(speaker);
            quote.setDirect(true);
            quote.setCue("say");
            quote.setProvenance("fake:quote");
            quote.addToIndexes();
        });
        default -> throw new IllegalArgumentException("no fake engine for " + preset);
        }
    }

    private static void each(String text, String regex,
            Consumer<Matcher> action)
    {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            action.accept(matcher);
        }
    }
}
