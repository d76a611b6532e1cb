package org.conflictkit.pipelines.io;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.MetaDataStringField;

/**
 * Sets and reads a CAS's text, language and metadata: DKPro {@link DocumentMetaData} for id,
 * title and URI, and a DKPro {@link MetaDataStringField} per further field (such as
 * {@code date} and {@code source}), spanning the whole text.
 */
public final class Documents
{
    /** Metadata keys read by the writers, in the order they show them. */
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String SOURCE = "source";
    public static final String URL = "url";

    private Documents()
    {
    }

    public static DocumentMetaData initialise(JCas jcas, String id, String uri, String text)
    {
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData metadata = DocumentMetaData.create(jcas);
        metadata.setDocumentId(id);
        metadata.setDocumentTitle(id);
        metadata.setDocumentUri(uri);
        return metadata;
    }

    /** Adds a metadata field; a null value adds nothing. */
    public static void addField(JCas jcas, String key, String value)
    {
        if (value != null) {
            MetaDataStringField field = new MetaDataStringField(jcas, 0,
                    jcas.getDocumentText().length());
            field.setKey(key);
            field.setValue(value);
            field.addToIndexes();
        }
    }

    /**
     * The document's title, URL (when it is a web address), date and source, by key; keys
     * without a value and the {@link RunRecord} are left out.
     */
    public static Map<String, String> fields(JCas jcas)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        for (DocumentMetaData metadata : JCasUtil.select(jcas, DocumentMetaData.class)) {
            put(fields, TITLE, metadata.getDocumentTitle());
            String uri = metadata.getDocumentUri();
            if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
                put(fields, URL, uri);
            }
        }
        for (MetaDataStringField field : JCasUtil.select(jcas, MetaDataStringField.class)) {
            if (!RunRecord.isRecordKey(field.getKey())) {
                put(fields, field.getKey(), field.getValue());
            }
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value)
    {
        if (key != null && value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }
}
