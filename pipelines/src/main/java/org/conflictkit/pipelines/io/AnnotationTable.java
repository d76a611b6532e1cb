package org.conflictkit.pipelines.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.conflictkit.type.Layers;
import org.conflictkit.type.Speaker;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * ConflictKit's annotations as one flat table: one row per annotation of a ConflictKit layer
 * ({@link Layers}: not the speech events the quote engine leaves for the speaker engine), with
 * a fixed column set read from the type system descriptor, so a feature added there becomes a
 * column everywhere (CSV and TSV here, Parquet elsewhere) without a second list to keep in step.
 * <p>
 * Columns: {@code document_id} (the id as given), {@code type} (short type name), {@code begin},
 * {@code end} (Unicode code point offsets, as Python, R and pandas slice), {@code text} (covered
 * text), then every feature of the annotation types in type system order (camelCase names in
 * snake_case, a name shared by several types is one column, features of all types such as
 * {@code provenance} last), then {@code sentence} (the covering sentence, or empty), then
 * {@code lemma} and {@code pos} (the lemmas and Universal POS tags of the annotation's tokens,
 * space-separated, where the {@code linguistic} stage ran), then {@code begin_utf16} and
 * {@code end_utf16} (UIMA's offsets in UTF-16 code units, as in the XMI).
 * A cell is {@code null} when the row's type has no such feature or a String feature is unset;
 * numbers and booleans keep the type system's conventions (0 for an unset quantity). A feature
 * pointing to a {@link Speaker} (a quote's {@code speaker}) holds the speaker's name, or the
 * covered text of the speaker mention when the source is unnamed.
 */
public final class AnnotationTable
{
    /** The type system descriptor whose annotation types the table holds. */
    public static final String TYPE_SYSTEM = "org.conflictkit.type.ConflictKitTypes";

    /** Value types of the columns, for writers that keep types (Parquet). */
    public enum ValueType
    {
        STRING, INTEGER, FLOAT, BOOLEAN
    }

    /** A column: its name in the table and, for feature columns, the UIMA feature's base name. */
    public record Column(String name, ValueType type, String featureName)
    {
    }

    public static final String DOCUMENT_ID = "document_id";
    public static final String TYPE = "type";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    public static final String TEXT = "text";
    public static final String SENTENCE = "sentence";
    public static final String LEMMA = "lemma";
    public static final String POS = "pos";
    public static final String BEGIN_UTF16 = "begin_utf16";
    public static final String END_UTF16 = "end_utf16";

    private static final List<String> TYPE_NAMES;
    private static final Map<String, List<String>> FEATURES_BY_TYPE = new LinkedHashMap<>();
    private static final List<Column> COLUMNS;

    static {
        TypeSystemDescription description = TypeSystemDescriptionFactory
                .createTypeSystemDescription(TYPE_SYSTEM);
        try {
            description.resolveImports();
        }
        catch (InvalidXMLException e) {
            throw new IllegalStateException("Cannot read the type system " + TYPE_SYSTEM, e);
        }
        List<TypeDescription> annotationTypes = Arrays.stream(description.getTypes())
                .filter(t -> CAS.TYPE_NAME_ANNOTATION.equals(t.getSupertypeName())
                        && Layers.isLayer(t.getName()))
                .toList();
        TYPE_NAMES = annotationTypes.stream().map(TypeDescription::getName).toList();
        Set<String> closedSets = Arrays.stream(description.getTypes())
                .filter(t -> CAS.TYPE_NAME_STRING.equals(t.getSupertypeName()))
                .map(TypeDescription::getName).collect(Collectors.toSet());

        Map<String, Column> features = new LinkedHashMap<>();
        Map<String, Integer> typesPerFeature = new LinkedHashMap<>();
        for (TypeDescription type : annotationTypes) {
            FEATURES_BY_TYPE.put(type.getName(), Arrays.stream(type.getFeatures())
                    .map(FeatureDescription::getName).toList());
            for (FeatureDescription feature : type.getFeatures()) {
                Column column = new Column(snakeCase(feature.getName()),
                        valueType(feature.getRangeTypeName(), closedSets), feature.getName());
                Column earlier = features.putIfAbsent(column.name(), column);
                if (earlier != null && !earlier.equals(column)) {
                    throw new IllegalStateException("Feature '" + feature.getName()
                            + "' has different ranges on different types; it cannot be one column");
                }
                typesPerFeature.merge(column.name(), 1, Integer::sum);
            }
        }
        List<Column> columns = new ArrayList<>(List.of(new Column(DOCUMENT_ID, ValueType.STRING,
                null), new Column(TYPE, ValueType.STRING, null), new Column(BEGIN,
                        ValueType.INTEGER, null), new Column(END, ValueType.INTEGER, null),
                new Column(TEXT, ValueType.STRING, null)));
        features.values().stream()
                .filter(c -> typesPerFeature.get(c.name()) < annotationTypes.size())
                .forEach(columns::add);
        features.values().stream()
                .filter(c -> typesPerFeature.get(c.name()) == annotationTypes.size())
                .forEach(columns::add);
        columns.add(new Column(SENTENCE, ValueType.STRING, null));
        columns.add(new Column(LEMMA, ValueType.STRING, null));
        columns.add(new Column(POS, ValueType.STRING, null));
        columns.add(new Column(BEGIN_UTF16, ValueType.INTEGER, null));
        columns.add(new Column(END_UTF16, ValueType.INTEGER, null));
        COLUMNS = List.copyOf(columns);
    }

    private AnnotationTable()
    {
    }

    /** The columns, in order. */
    public static List<Column> columns()
    {
        return COLUMNS;
    }

    /** The column names, in order. */
    public static List<String> columnNames()
    {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The full names of the annotation types the table holds, in type system order. */
    public static List<String> typeNames()
    {
        return TYPE_NAMES;
    }

    /** The feature base names of a table type, in type system order. */
    public static List<String> featuresOf(String typeName)
    {
        return FEATURES_BY_TYPE.getOrDefault(typeName, List.of());
    }

    /**
     * One row per ConflictKit annotation of the document, in text order; values are String,
     * Integer, Float, Boolean or null as {@link #columns()} declares.
     */
    public static List<List<Object>> rows(JCas jcas, String documentId)
    {
        List<Sentence> sentences = new ArrayList<>(JCasUtil.select(jcas, Sentence.class));
        CodePointOffsets offsets = new CodePointOffsets(jcas.getDocumentText());
        List<List<Object>> rows = new ArrayList<>();
        for (Annotation annotation : ourAnnotations(jcas)) {
            int begin = offsets.begin(annotation.getBegin());
            int end = offsets.end(annotation.getEnd());
            Object[] row = new Object[COLUMNS.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = value(COLUMNS.get(i), annotation, documentId, sentences, begin, end);
            }
            rows.add(Arrays.asList(row));
        }
        return rows;
    }

    /** The document's annotations of the table's types, in text order. */
    public static List<Annotation> ourAnnotations(JCas jcas)
    {
        List<Annotation> annotations = new ArrayList<>();
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            if (TYPE_NAMES.contains(annotation.getType().getName())) {
                annotations.add(annotation);
            }
        }
        return annotations;
    }

    /** A feature column's value for an annotation, or null when its type lacks the feature. */
    public static Object featureValue(Column column, Annotation annotation)
    {
        Feature feature = annotation.getType().getFeatureByBaseName(column.featureName());
        if (feature == null) {
            return null;
        }
        switch (column.type()) {
        case INTEGER:
            return annotation.getIntValue(feature);
        case FLOAT:
            return annotation.getFloatValue(feature);
        case BOOLEAN:
            return annotation.getBooleanValue(feature);
        default:
            if (feature.getRange().isPrimitive()) {
                return annotation.getStringValue(feature);
            }
            return speakerName(annotation.getFeatureValue(feature));
        }
    }

    /** A speaker's name, or the covered text of its mention when the source is unnamed. */
    public static String speakerName(FeatureStructure speaker)
    {
        if (!(speaker instanceof Speaker mention)) {
            return null;
        }
        return mention.getName() != null ? mention.getName() : mention.getCoveredText();
    }

    private static Object value(Column column, Annotation annotation, String documentId,
            List<Sentence> sentences, int begin, int end)
    {
        switch (column.name()) {
        case DOCUMENT_ID:
            return documentId;
        case TYPE:
            return annotation.getType().getShortName();
        case BEGIN:
            return begin;
        case END:
            return end;
        case BEGIN_UTF16:
            return annotation.getBegin();
        case END_UTF16:
            return annotation.getEnd();
        case TEXT:
            return annotation.getCoveredText();
        case SENTENCE:
            Sentence sentence = sentenceAt(sentences, annotation.getBegin());
            return sentence == null ? null : sentence.getCoveredText();
        case LEMMA:
            return tokenValues(annotation, t -> t.getLemma() == null ? null : t.getLemma().getValue());
        case POS:
            return tokenValues(annotation, t -> t.getPos() == null ? null : t.getPos().getPosValue());
        default:
            return featureValue(column, annotation);
        }
    }

    /**
     * A value of each token the annotation covers, space-separated; null when a token has none
     * (the {@code linguistic} stage did not run).
     */
    private static String tokenValues(Annotation annotation, Function<Token, String> value)
    {
        List<String> values = new ArrayList<>();
        for (Token token : JCasUtil.selectCovered(Token.class, annotation)) {
            String tokenValue = value.apply(token);
            if (tokenValue == null) {
                return null;
            }
            values.add(tokenValue);
        }
        return values.isEmpty() ? null : String.join(" ", values);
    }

    /** The sentence containing an offset, by binary search over sentences in text order. */
    static Sentence sentenceAt(List<Sentence> sentences, int offset)
    {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (offset < sentence.getBegin()) {
                high = middle - 1;
            }
            else if (offset >= sentence.getEnd()) {
                low = middle + 1;
            }
            else {
                return sentence;
            }
        }
        return null;
    }

    private static ValueType valueType(String range, Set<String> closedSets)
    {
        switch (range) {
        case CAS.TYPE_NAME_INTEGER:
            return ValueType.INTEGER;
        case CAS.TYPE_NAME_FLOAT:
            return ValueType.FLOAT;
        case CAS.TYPE_NAME_BOOLEAN:
            return ValueType.BOOLEAN;
        case CAS.TYPE_NAME_STRING:
            return ValueType.STRING;
        default:
            if (closedSets.contains(range) || Speaker.class.getName().equals(range)) {
                return ValueType.STRING;
            }
            throw new IllegalStateException("No column type for feature range " + range);
        }
    }

    private static String snakeCase(String camelCase)
    {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The short name of a table type, e.g. {@code Weapon}. */
    public static String shortName(String typeName)
    {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
