package org.conflictkit.pipelines.eval;

import java.util.List;

/** A gold document: its id, its plain text and its annotations. */
public record GoldDocument(String id, String text, List<EvalAnnotation> annotations)
{
}
