package org.conflictkit.pipelines.server;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.uima.UIMAException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.conflictkit.pipelines.server.LayerMappings.LayerMapping;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Answers one predict request: reads the user's CAS with the type system INCEpTION sent, runs the
 * engines of the requested layer on a work CAS that reuses the document's tokens and sentences,
 * and adds their results to the user's CAS as suggestions of exactly the requested layer and
 * feature. Thread-safe: each layer keeps a pool of engine instances, one per concurrent request.
 */
public final class Predictor
{
    /** The feature INCEpTION adds to every layer; only annotations with it set are suggestions. */
    public static final String PREDICTED = "inception_internal_predicted";
    public static final String SCORE_SUFFIX = "_score";
    public static final String SCORE_EXPLANATION_SUFFIX = "_score_explanation";

    private static final int CACHED_TYPE_SYSTEMS = 8;

    /** The answer: the whole CAS as XMI and how many suggestions it holds. */
    public record Result(String xmi, int predictions)
    {
    }

    private final Map<String, LayerMapping> mappings;
    private final PresetEngines presets;
    private final Map<String, EnginePool> pools = new ConcurrentHashMap<>();
    /** INCEpTION sends the same type system with every request of a project: commit it once. */
    private final Map<String, TypeSystem> typeSystems = Collections
            .synchronizedMap(new LinkedHashMap<>(16, 0.75f, true)
            {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TypeSystem> eldest)
                {
                    return size() > CACHED_TYPE_SYSTEMS;
                }
            });

    public Predictor(Map<String, LayerMapping> mappings, PresetEngines presets)
    {
        this.mappings = mappings;
        this.presets = presets;
    }

    /** The layers this build can predict (those whose engines exist). */
    public List<String> servedLayers()
    {
        List<String> layers = new ArrayList<>();
        mappings.values().forEach(m -> {
            if (m.presets().stream().anyMatch(presets::has)) {
                layers.add(m.layer());
            }
        });
        return layers;
    }

    /** Creates one engine instance per served layer, so that the first request is fast. */
    public void warmUp() throws ResourceInitializationException
    {
        for (String layer : servedLayers()) {
            EnginePool pool = pools.computeIfAbsent(layer, l -> new EnginePool(mappings.get(l)));
            pool.release(pool.borrow());
        }
    }

    public Result predict(PredictRequest request) throws RequestException, UIMAException
    {
        LayerMapping mapping = mappings.get(request.layer());
        if (mapping == null) {
            throw RequestException.unsupported("unknown layer " + request.layer()
                    + "; this server predicts " + String.join(", ", mappings.keySet()));
        }
        EnginePool pool = pools.computeIfAbsent(mapping.layer(), l -> new EnginePool(mapping));
        if (pool.presets.isEmpty()) {
            throw RequestException.unsupported("no engine for layer " + mapping.layer()
                    + " in this build (it needs the pipeline preset "
                    + String.join(" or ", mapping.presets()) + ")");
        }

        CAS cas = userCas(request);
        Type layer = cas.getTypeSystem().getType(request.layer());
        Feature label = layer.getFeatureByBaseName(request.feature());
        Feature predicted = layer.getFeatureByBaseName(PREDICTED);
        if (label == null) {
            throw RequestException.badRequest("type " + request.layer()
                    + " in the sent type system has no feature " + request.feature());
        }
        if (predicted == null) {
            throw RequestException.badRequest("type " + request.layer()
                    + " in the sent type system has no feature " + PREDICTED
                    + "; send the type system of INCEpTION's prediction CAS");
        }
        Feature score = layer.getFeatureByBaseName(request.feature() + SCORE_SUFFIX);
        Feature explanation = layer
                .getFeatureByBaseName(request.feature() + SCORE_EXPLANATION_SUFFIX);

        Worker worker = pool.borrow();
        try {
            String unsupported = mapping.unsupportedFeature(worker.jcas.getTypeSystem(),
                    request.feature());
            if (unsupported != null) {
                throw RequestException.unsupported(unsupported);
            }
            List<Prediction> predictions = worker.run(cas, mapping, request.feature());
            removeStalePredictions(cas, layer, predicted);
            int added = 0;
            for (Prediction prediction : predictions) {
                if (prediction.begin() >= request.rangeBegin()
                        && prediction.end() <= request.rangeEnd()
                        && addPrediction(cas, layer, label, predicted, score, explanation,
                                prediction)) {
                    added++;
                }
            }
            return new Result(toXmi(cas), added);
        }
        finally {
            pool.release(worker);
        }
    }

    private CAS userCas(PredictRequest request) throws RequestException
    {
        CAS cas;
        try {
            TypeSystem typeSystem = typeSystems.get(request.typeSystem());
            if (typeSystem == null) {
                SafeXml.checkTypeSystem(request.typeSystem());
                TypeSystemDescription description = UIMAFramework.getXMLParser()
                        .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(
                                request.typeSystem().getBytes(StandardCharsets.UTF_8)), null));
                cas = CasCreationUtils.createCas(description, null, null);
                typeSystems.put(request.typeSystem(), cas.getTypeSystem());
            }
            else {
                cas = CasCreationUtils.createCas(typeSystem, null, null, null);
            }
        }
        catch (SafeXml.Refused e) {
            throw RequestException.badRequest("typeSystem: " + e.getMessage());
        }
        catch (InvalidXMLException | ResourceInitializationException | SAXException | IOException
                | RuntimeException e) {
            throw RequestException.badRequest("typeSystem is not a usable UIMA type system: "
                    + rootMessage(e));
        }
        if (cas.getTypeSystem().getType(request.layer()) == null) {
            throw RequestException.badRequest(
                    "the sent type system has no type " + request.layer());
        }
        try {
            readXmi(request.xmi(), cas);
        }
        catch (SafeXml.Refused e) {
            throw RequestException.badRequest("document.xmi: " + e.getMessage());
        }
        catch (SAXException | IOException | RuntimeException e) {
            throw RequestException.badRequest("document.xmi is not a readable XMI CAS: "
                    + rootMessage(e));
        }
        if (cas.getDocumentText() == null) {
            throw RequestException.badRequest("document.xmi has no document text");
        }
        return cas;
    }

    /**
     * Reads XMI leniently (types and features the CAS lacks are dropped), as INCEpTION does; a
     * DOCTYPE is refused ({@link SafeXml}).
     */
    static void readXmi(String xmi, CAS cas) throws SAXException, IOException
    {
        SafeXml.parse(xmi,
                new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true));
    }

    /** Suggestions left over from an earlier answer would be offered twice. */
    private static void removeStalePredictions(CAS cas, Type layer, Feature predicted)
    {
        List<FeatureStructure> stale = new ArrayList<>();
        for (AnnotationFS annotation : cas.getAnnotationIndex(layer)) {
            if (annotation.getBooleanValue(predicted)) {
                stale.add(annotation);
            }
        }
        stale.forEach(cas::removeFsFromIndexes);
    }

    private static boolean addPrediction(CAS cas, Type layer, Feature label, Feature predicted,
            Feature score, Feature explanation, Prediction prediction)
    {
        AnnotationFS annotation = cas.createAnnotation(layer, prediction.begin(), prediction.end());
        try {
            annotation.setFeatureValueFromString(label, prediction.label());
        }
        catch (CASRuntimeException e) {
            // A label outside the closed value set the project declares for this feature.
            return false;
        }
        annotation.setBooleanValue(predicted, true);
        if (score != null) {
            // INCEpTION declares it uima.cas.Double; a Float is converted the same way.
            annotation.setFeatureValueFromString(score, Double.toString(prediction.score()));
        }
        if (explanation != null && prediction.explanation() != null) {
            annotation.setStringValue(explanation, prediction.explanation());
        }
        cas.addFsToIndexes(annotation);
        return true;
    }

    private static String toXmi(CAS cas) throws RequestException
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, out);
        }
        catch (SAXException e) {
            throw new RequestException(500, "cannot write the answer XMI: " + rootMessage(e));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String rootMessage(Throwable e)
    {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /** The engine instances of one layer; grows to the number of concurrent requests. */
    private final class EnginePool
    {
        private final List<String> presets;
        private final Deque<Worker> idle = new ConcurrentLinkedDeque<>();

        EnginePool(LayerMapping mapping)
        {
            this.presets = mapping.presets().stream().filter(Predictor.this.presets::has)
                    .toList();
        }

        Worker borrow() throws ResourceInitializationException
        {
            Worker worker = idle.poll();
            if (worker != null) {
                return worker;
            }
            List<AnalysisEngineDescription> engines = new ArrayList<>();
            for (String preset : presets) {
                engines.addAll(Predictor.this.presets.engines(preset));
            }
            return new Worker(
                    createEngine(createEngineDescription(
                            engines.toArray(AnalysisEngineDescription[]::new))),
                    Predictor.this.presets);
        }

        void release(Worker worker)
        {
            idle.push(worker);
        }
    }

    /** One engine instance with its work CAS; used by one request at a time. */
    private static final class Worker
    {
        private final AnalysisEngine engines;
        private final PresetEngines presets;
        private final JCas jcas;
        private AnalysisEngine segmenter;

        Worker(AnalysisEngine engines, PresetEngines presets)
            throws ResourceInitializationException
        {
            this.engines = engines;
            this.presets = presets;
            this.jcas = engines.newJCas();
        }

        List<Prediction> run(CAS user, LayerMapping mapping, String feature)
            throws UIMAException
        {
            jcas.reset();
            jcas.setDocumentText(user.getDocumentText());
            jcas.setDocumentLanguage("en");
            if (!copySegmentation(user)) {
                if (segmenter == null) {
                    segmenter = createEngine(presets.segmenter());
                }
                segmenter.process(jcas);
            }
            engines.process(jcas);
            return mapping.predictions(jcas, feature);
        }

        /** Copies the user's tokens and sentences; false when there are no tokens to copy. */
        private boolean copySegmentation(CAS user)
        {
            Type tokenType = user.getTypeSystem().getType(Token._TypeName);
            if (tokenType == null || user.getAnnotationIndex(tokenType).isEmpty()) {
                return false;
            }
            for (AnnotationFS token : user.getAnnotationIndex(tokenType)) {
                new Token(jcas, token.getBegin(), token.getEnd()).addToIndexes();
            }
            Type sentenceType = user.getTypeSystem().getType(Sentence._TypeName);
            if (sentenceType == null || user.getAnnotationIndex(sentenceType).isEmpty()) {
                new Sentence(jcas, 0, user.getDocumentText().length()).addToIndexes();
            }
            else {
                for (AnnotationFS sentence : user.getAnnotationIndex(sentenceType)) {
                    new Sentence(jcas, sentence.getBegin(), sentence.getEnd()).addToIndexes();
                }
            }
            return true;
        }
    }
}
