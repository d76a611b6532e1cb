package org.conflictkit.annotators.linguistic;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.rules.Interruption;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags and lemmas from Apache OpenNLP's English models trained on the Universal
 * Dependencies English Web Treebank ({@code opennlp-models-pos-en} and
 * {@code opennlp-models-lemmatizer-en}, Apache 2.0, on the class path as Maven dependencies). Each
 * sentence's tokens get a DKPro {@link POS} whose value and coarse value are the Universal POS tag
 * ({@code NOUN}, {@code VERB}, {@code PROPN}...) and a DKPro {@link Lemma}; both are set on the
 * {@link Token}. The models load once per JVM; each engine instance has its own tagger, as
 * OpenNLP's taggers are not thread-safe.
 */
@ResourceMetaData(name = "ConflictKit OpenNLP POS tagger and lemmatizer")
@TypeCapability(
        inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma" })
public class OpenNlpTagger
    extends JCasAnnotator_ImplBase
{
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /**
     * Tokens tagged in one call. A longer "sentence" (a page without full stops) is tagged in
     * windows of this many tokens, so that an interrupt stops it within one window; no sentence
     * of news comes near it, and only the tokens next to a cut lose context.
     */
    static final int WINDOW = 1_000;

    /** The models, loaded on first use and shared by every engine instance. */
    private static final class Models
    {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    @FunctionalInterface
    private interface ModelReader<M>
    {
        M read(InputStream in) throws IOException;
    }

    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        try {
            tagger = new POSTaggerME(Models.POS, POSTagFormat.UD);
            lemmatizer = new LemmatizerME(Models.LEMMAS);
        }
        catch (ExceptionInInitializerError e) {
            throw new ResourceInitializationException(e.getCause());
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<Token> all = JCasUtil.selectCovered(Token.class, sentence);
            for (int from = 0; from < all.size(); from += WINDOW) {
                Interruption.check();
                tag(jcas, all.subList(from, Math.min(all.size(), from + WINDOW)));
            }
        }
    }

    private void tag(JCas jcas, List<Token> tokens)
    {
        String[] words = tokens.stream().map(Token::getCoveredText).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            POS pos = new POS(jcas, token.getBegin(), token.getEnd());
            pos.setPosValue(tags[i]);
            pos.setCoarseValue(tags[i]);
            pos.addToIndexes();
            token.setPos(pos);
            Lemma lemma = new Lemma(jcas, token.getBegin(), token.getEnd());
            lemma.setValue(lemmaOf(words[i], lemmas[i]));
            lemma.addToIndexes();
            token.setLemma(lemma);
        }
    }

    /** OpenNLP answers "O" for a word it has no lemma for; the lower-cased word stands in. */
    private static String lemmaOf(String word, String lemma)
    {
        return lemma == null || lemma.isEmpty() || lemma.equals("O") ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
    }

    private static <M> M load(String resource, ModelReader<M> reader)
    {
        try (InputStream in = OpenNlpTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the class path; it comes with the opennlp-models Maven dependencies");
            }
            return reader.read(in);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read OpenNLP model " + resource, e);
        }
    }
}
