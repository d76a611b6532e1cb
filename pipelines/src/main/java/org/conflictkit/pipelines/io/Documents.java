package org.conflictkit.pipelines.io;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** Sets a CAS's text, language and DKPro {@link DocumentMetaData}. */
public final class Documents
{
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
}
