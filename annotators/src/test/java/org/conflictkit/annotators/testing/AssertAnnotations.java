package org.conflictkit.annotators.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Compares annotations rendered as sorted strings, such as
 * {@code [ 10, 28]Weapon(category=AIRCRAFT, model=Su-34) "Su-34 fighter jets"}, so that a failing
 * test prints the actual list ready to paste. Unset features, the provenance and coordinates are
 * left out of the rendering; a reference to another annotation is rendered as its covered text.
 */
public final class AssertAnnotations
{
    private static final Set<String> HIDDEN = Set.of("begin", "end", "sofa", "provenance",
            "latitude", "longitude");

    private AssertAnnotations()
    {
    }

    public static <T extends Annotation> void assertAnnotations(JCas jcas, Class<T> type,
            String... expected)
    {
        assertEquals(String.join("\n", expected), String.join("\n", render(jcas, type)),
                "Annotations of type " + type.getSimpleName());
    }

    public static <T extends Annotation> List<String> render(JCas jcas, Class<T> type)
    {
        return JCasUtil.select(jcas, type).stream().map(AssertAnnotations::render)
                .collect(Collectors.toList());
    }

    public static String render(Annotation annotation)
    {
        String features = annotation.getType().getFeatures().stream()
                .filter(f -> !HIDDEN.contains(f.getShortName()))
                .map(f -> renderFeature(annotation, f)).filter(s -> s != null)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "[%3d,%3d]%s(%s) \"%s\"", annotation.getBegin(),
                annotation.getEnd(), annotation.getType().getShortName(), features,
                annotation.getCoveredText());
    }

    private static String renderFeature(FeatureStructure fs, Feature feature)
    {
        String value;
        if (feature.getRange().isPrimitive()) {
            value = fs.getFeatureValueAsString(feature);
            if (value == null || value.equals("0") || value.equals("0.0")) {
                return null;
            }
        }
        else {
            FeatureStructure target = fs.getFeatureValue(feature);
            if (target == null) {
                return null;
            }
            value = target instanceof Annotation a ? "\"" + a.getCoveredText() + "\""
                    : target.getType().getShortName();
        }
        return feature.getShortName() + "=" + value;
    }

    /** Offsets within the text, not empty, not splitting a surrogate pair. */
    public static void assertValidSpan(String text, Annotation annotation)
    {
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        assertTrue(0 <= begin && begin <= end && end <= text.length(), annotation.toString());
        assertEquals(text.substring(begin, end), annotation.getCoveredText());
        if (annotation.getType().getShortName().equals("DocumentAnnotation")) {
            return;
        }
        assertTrue(begin < end, "empty " + annotation.getType().getShortName() + " at " + begin);
        assertTrue(begin == 0 || !Character.isLowSurrogate(text.charAt(begin)),
                "span starts inside a surrogate pair at " + begin);
        assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end)),
                "span ends inside a surrogate pair at " + end);
    }
}
