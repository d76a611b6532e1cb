package org.conflictkit.pipelines.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.conflictkit.type.Layers;

/** Converts the annotations of ConflictKit's layers in a CAS into {@link EvalAnnotation}s. */
public final class CasAnnotations
{
    private static final Set<String> SKIPPED = Set.of("begin", "end", "sofa");

    private CasAnnotations()
    {
    }

    public static List<EvalAnnotation> of(CAS cas)
    {
        List<EvalAnnotation> annotations = new ArrayList<>();
        for (AnnotationFS annotation : cas.getAnnotationIndex()) {
            if (!Layers.isLayer(annotation.getType().getName())) {
                continue;
            }
            Map<String, Object> features = new LinkedHashMap<>();
            for (Feature feature : annotation.getType().getFeatures()) {
                if (!SKIPPED.contains(feature.getShortName())) {
                    Object value = value(annotation, feature);
                    if (value != null) {
                        features.put(feature.getShortName(), value);
                    }
                    if (!feature.getRange().isPrimitive()
                            && annotation.getFeatureValue(feature) instanceof AnnotationFS target) {
                        // Where the referenced mention is, for gold that gives spans (PolNeAR).
                        features.put(feature.getShortName() + "Begin", target.getBegin());
                        features.put(feature.getShortName() + "End", target.getEnd());
                    }
                }
            }
            annotations.add(new EvalAnnotation(annotation.getType().getShortName(),
                    annotation.getBegin(), annotation.getEnd(), annotation.getCoveredText(),
                    features));
        }
        return annotations;
    }

    private static Object value(FeatureStructure fs, Feature feature)
    {
        String range = feature.getRange().getName();
        switch (range) {
        case CAS.TYPE_NAME_INTEGER:
            int number = fs.getIntValue(feature);
            // Unset counts are -1 (VAGUE), unset quantities and ids 0: the gold leaves both out.
            return number == -1 || number == 0 ? null : number;
        case CAS.TYPE_NAME_BOOLEAN:
            return fs.getBooleanValue(feature);
        case CAS.TYPE_NAME_FLOAT:
            return fs.getFloatValue(feature);
        default:
            if (feature.getRange().isPrimitive()) {
                return fs.getFeatureValueAsString(feature);
            }
            FeatureStructure target = fs.getFeatureValue(feature);
            if (target instanceof AnnotationFS speaker) {
                Feature name = speaker.getType().getFeatureByBaseName("name");
                String value = name == null ? null : speaker.getStringValue(name);
                return value != null ? value : speaker.getCoveredText();
            }
            return null;
        }
    }
}
