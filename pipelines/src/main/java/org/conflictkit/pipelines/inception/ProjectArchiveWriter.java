package org.conflictkit.pipelines.inception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCopier;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;
import org.conflictkit.pipelines.inception.InceptionLayers.Layer;
import org.conflictkit.pipelines.inception.InceptionLayers.LayerFeature;
import org.conflictkit.pipelines.io.AtomicFiles;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.type.Layers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Collects annotated documents as {@code source/<id>.xmi} and writes the INCEpTION project
 * archive when closed. Each XMI also carries INCEpTION's link form of reference features
 * ({@code Quote.speakerLink} next to {@code Quote.speaker}), since INCEpTION keeps only the
 * features its layers define, and leaves out the speech events the engines leave for each other,
 * which are no layer ({@link Layers}).
 */
public final class ProjectArchiveWriter
    implements CasWriter
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final String projectName;
    private final String recommenderUrl;
    private final InceptionLayers layers;
    private final Map<String, byte[]> sources = new ConcurrentSkipListMap<>();
    private volatile TypeSystem exportTypeSystem;

    public ProjectArchiveWriter(Path target, String projectName, String recommenderUrl)
    {
        this.target = target;
        this.projectName = projectName;
        this.recommenderUrl = recommenderUrl;
        this.layers = InceptionLayers.ofConflictKit();
    }

    @Override
    public void write(JCas jcas, String documentId) throws IOException
    {
        try {
            CAS export = CasCreationUtils.createCas(exportTypeSystem(jcas), null, null, null);
            CasCopier.copyCas(jcas.getCas(), export, true);
            removeEngineRecords(export);
            addLinks(export);
            ByteArrayOutputStream xmi = new ByteArrayOutputStream();
            XmiCasSerializer.serialize(export, xmi);
            sources.put(documentId + ".xmi", xmi.toByteArray());
        }
        catch (ResourceInitializationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot write the XMI of " + documentId + ": " + e.getMessage(),
                    e);
        }
    }

    private TypeSystem exportTypeSystem(JCas jcas) throws ResourceInitializationException
    {
        if (exportTypeSystem == null) {
            synchronized (this) {
                if (exportTypeSystem == null) {
                    TypeSystemDescription description = TypeSystemUtil
                            .typeSystem2TypeSystemDescription(jcas.getTypeSystem());
                    layers.addLinkFeaturesTo(description);
                    exportTypeSystem = CasCreationUtils.createCas(description, null, null)
                            .getTypeSystem();
                }
            }
        }
        return exportTypeSystem;
    }

    private static void removeEngineRecords(CAS cas)
    {
        for (Type type : cas.getTypeSystem()) {
            if (Layers.isEngineRecord(type.getName())) {
                cas.getIndexRepository().removeAllIncludingSubtypes(type);
            }
        }
    }

    /** Sets each link feature from the reference feature it stands for. */
    private void addLinks(CAS cas)
    {
        for (Layer layer : layers.layers()) {
            Type type = cas.getTypeSystem().getType(layer.name());
            for (LayerFeature feature : layer.features()) {
                if (feature.link() == null) {
                    continue;
                }
                Feature reference = type.getFeatureByBaseName(feature.link().referenceFeature());
                Feature links = type.getFeatureByBaseName(feature.name());
                Type linkType = cas.getTypeSystem().getType(feature.link().linkType());
                Feature role = linkType.getFeatureByBaseName(InceptionLayers.LINK_ROLE);
                Feature linkTarget = linkType.getFeatureByBaseName(InceptionLayers.LINK_TARGET);
                for (AnnotationFS annotation : cas.getAnnotationIndex(type)) {
                    FeatureStructure referenced = annotation.getFeatureValue(reference);
                    if (referenced != null) {
                        FeatureStructure link = cas.createFS(linkType);
                        link.setStringValue(role, feature.link().role());
                        link.setFeatureValue(linkTarget, referenced);
                        ArrayFS<FeatureStructure> array = cas.createArrayFS(1);
                        array.set(0, link);
                        annotation.setFeatureValue(links, array);
                    }
                }
            }
        }
    }

    /** An archive is always built anew from every document of the run. */
    @Override
    public boolean isComplete(String documentId)
    {
        return false;
    }

    /** Writes the archive; writes nothing when no document could be annotated. */
    @Override
    public void close() throws IOException
    {
        if (sources.isEmpty()) {
            return;
        }
        byte[] project = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(InceptionProject
                .json(projectName, layers, new ArrayList<>(sources.keySet()), recommenderUrl));
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(InceptionProject.FILE));
            zip.write(project);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                zip.putNextEntry(new ZipEntry(InceptionProject.SOURCE_FOLDER + source.getKey()));
                zip.write(source.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** How many documents the archive holds. */
    public int size()
    {
        return sources.size();
    }
}
