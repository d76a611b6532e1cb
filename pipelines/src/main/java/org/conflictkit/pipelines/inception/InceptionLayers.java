package org.conflictkit.pipelines.inception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.conflictkit.type.ClosedValueSet;
import org.conflictkit.type.Layers;

/**
 * ConflictKit's annotation types as INCEpTION layers, read from the type system: every type that
 * extends {@code uima.tcas.Annotation} is a span layer, but the speech events engines leave for
 * each other ({@link Layers#isEngineRecord(String)}: nothing to curate); a String feature with a
 * closed set of values ({@link ClosedValueSet}) gets a tag set of these values; a feature that
 * refers to another layer's annotation ({@code Quote.speaker}) becomes an INCEpTION link feature
 * with a role, {@code <feature>Link}, because INCEpTION has no plain reference features.
 */
public final class InceptionLayers
{
    public static final String TYPE_SYSTEM = "org.conflictkit.type.ConflictKitTypes";
    /** Suffix of the INCEpTION link feature that stands for a reference feature. */
    public static final String LINK_SUFFIX = "Link";
    /** INCEpTION's names for the two features of a link type. */
    public static final String LINK_ROLE = "role";
    public static final String LINK_TARGET = "target";

    /** A tag set: a closed set of values, with their descriptions. */
    public record TagSet(String name, String description, Map<String, String> tags)
    {
    }

    /**
     * A layer feature. {@code tagSet} is null for open values; {@code link} describes the link
     * type of a link feature and is null otherwise.
     */
    public record LayerFeature(String name, String description, String type, TagSet tagSet,
            Link link)
    {
    }

    /**
     * How a reference feature appears in INCEpTION: {@code linkFeature} on the layer holds
     * {@code linkType} structures whose {@code role} is {@code role} and whose {@code target} is
     * the annotation the reference feature points at.
     */
    public record Link(String referenceFeature, String linkType, String role)
    {
    }

    /** A span layer. */
    public record Layer(String name, String shortName, String description,
            List<LayerFeature> features)
    {
    }

    private final List<Layer> layers;

    private InceptionLayers(List<Layer> layers)
    {
        this.layers = layers;
    }

    /** The layers of ConflictKit's own type system. */
    public static InceptionLayers ofConflictKit()
    {
        try {
            TypeSystemDescription types = TypeSystemDescriptionFactory
                    .createTypeSystemDescription(TYPE_SYSTEM);
            types.resolveImports();
            return of(types);
        }
        catch (Exception e) {
            throw new IllegalStateException("cannot read the type system " + TYPE_SYSTEM, e);
        }
    }

    public static InceptionLayers of(TypeSystemDescription types)
    {
        List<Layer> layers = new ArrayList<>();
        for (TypeDescription type : types.getTypes()) {
            if (!CAS.TYPE_NAME_ANNOTATION.equals(type.getSupertypeName())
                    || Layers.isEngineRecord(type.getName())) {
                continue;
            }
            List<LayerFeature> features = new ArrayList<>();
            for (FeatureDescription feature : type.getFeatures()) {
                features.add(feature(types, type, feature));
            }
            layers.add(new Layer(type.getName(), shortName(type.getName()),
                    type.getDescription(), features));
        }
        return new InceptionLayers(layers);
    }

    private static LayerFeature feature(TypeSystemDescription types, TypeDescription owner,
            FeatureDescription feature)
    {
        Optional<ClosedValueSet> closed = ClosedValueSet.of(owner.getName(), feature.getName());
        if (closed.isPresent()) {
            Map<String, String> tags = new LinkedHashMap<>();
            closed.get().allowed().forEach(value -> tags.put(value, null));
            return new LayerFeature(feature.getName(), feature.getDescription(),
                    CAS.TYPE_NAME_STRING, new TagSet(closed.get().setName(),
                            closed.get().description(), tags), null);
        }
        TypeDescription range = types.getType(feature.getRangeTypeName());
        if (range == null) {
            // A built-in range: uima.cas.String, Integer, Float, Boolean.
            return new LayerFeature(feature.getName(), feature.getDescription(),
                    feature.getRangeTypeName(), null, null);
        }
        String linkFeature = feature.getName() + LINK_SUFFIX;
        String linkType = owner.getName() + capitalise(linkFeature);
        return new LayerFeature(linkFeature, feature.getDescription(), range.getName(), null,
                new Link(feature.getName(), linkType, feature.getName()));
    }

    public List<Layer> layers()
    {
        return layers;
    }

    public Layer layer(String name)
    {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer " + name));
    }

    /**
     * The type system extended with INCEpTION's view of the link features (the link types and the
     * link features on their layers), for XMI that INCEpTION reads with the project's layers.
     */
    public void addLinkFeaturesTo(TypeSystemDescription target)
    {
        for (Layer layer : layers) {
            for (LayerFeature feature : layer.features()) {
                if (feature.link() != null) {
                    TypeDescription link = target.addType(feature.link().linkType(),
                            "Link of " + layer.shortName() + "." + feature.name(),
                            CAS.TYPE_NAME_TOP);
                    link.addFeature(LINK_ROLE, "", CAS.TYPE_NAME_STRING);
                    link.addFeature(LINK_TARGET, "", feature.type());
                    target.getType(layer.name()).addFeature(feature.name(),
                            feature.description(), CAS.TYPE_NAME_FS_ARRAY,
                            feature.link().linkType(), false);
                }
            }
        }
    }

    /** The tag sets of all layers, each once, in layer order. */
    public List<TagSet> tagSets()
    {
        Map<String, TagSet> tagSets = new LinkedHashMap<>();
        layers.forEach(l -> l.features().stream().filter(f -> f.tagSet() != null)
                .forEach(f -> tagSets.putIfAbsent(f.tagSet().name(), f.tagSet())));
        return new ArrayList<>(tagSets.values());
    }

    private static String shortName(String typeName)
    {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    private static String capitalise(String name)
    {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
