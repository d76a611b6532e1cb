package org.conflictkit.pipelines.io;

import java.util.List;
import java.util.Map;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.MetaDataStringField;

/**
 * What made a document's outputs: the pipeline preset, the ConflictKit version and the output
 * formats of the run. It travels in the CAS as DKPro {@link MetaDataStringField}s with the keys
 * {@value #PIPELINE}, {@value #VERSION} and {@value #FORMATS} (so XMI and JSON outputs carry it),
 * and beside the outputs as a line of a journal ({@link RunRecords}).
 */
public record RunRecord(String pipeline, String version, List<String> formats)
{
    public static final String PIPELINE = "conflictkit.pipeline";
    public static final String VERSION = "conflictkit.version";
    public static final String FORMATS = "conflictkit.formats";

    /** True for the metadata keys of a record. */
    public static boolean isRecordKey(String key)
    {
        return key != null && key.startsWith("conflictkit.");
    }

    /** The record as metadata keys and values, in a fixed order. */
    public Map<String, String> fields()
    {
        return Map.of(PIPELINE, pipeline, VERSION, version, FORMATS, String.join(",", formats));
    }

    /** True when both were made by the same pipeline and version (formats are checked per file). */
    public boolean sameMaker(RunRecord other)
    {
        return other != null && pipeline.equals(other.pipeline) && version.equals(other.version);
    }

    /** Replaces the record in a CAS, e.g. the one an XMI input carries from an earlier run. */
    public void addTo(JCas jcas)
    {
        for (MetaDataStringField field : JCasUtil.select(jcas, MetaDataStringField.class)) {
            if (fields().containsKey(field.getKey())) {
                field.removeFromIndexes();
            }
        }
        fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> Documents.addField(jcas, f.getKey(), f.getValue()));
    }
}
