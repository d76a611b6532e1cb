package org.conflictkit.type;

/**
 * Which types of the type system are layers: what the engines tag for people, as the annotation
 * guidelines define it. Tables (CSV, TSV, KWIC, VRT, Parquet), the corpus index, the HTML report,
 * run summaries, {@code explain}, the INCEpTION export and the evaluation show and count the
 * layers only. The one place that names the other kind: {@link SpeechEvent}, the record of the
 * quote engine's parse that the speaker engine reads, which XMI and JSON carry with the rest of
 * the CAS.
 */
public final class Layers
{
    /** The namespace of the type system. */
    public static final String NAMESPACE = "org.conflictkit.type.";

    private Layers()
    {
    }

    /** Whether an annotation type, by its full name, is one of ConflictKit's layers. */
    public static boolean isLayer(String typeName)
    {
        return typeName.startsWith(NAMESPACE) && !isEngineRecord(typeName);
    }

    /** Whether an annotation type, by its full name, is a record engines leave for each other. */
    public static boolean isEngineRecord(String typeName)
    {
        return SpeechEvent._TypeName.equals(typeName);
    }
}
