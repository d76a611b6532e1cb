package org.conflictkit.annotators.casualty;

import static org.conflictkit.type.ClosedValueSet.CASUALTY_QUALIFIER;
import static org.conflictkit.type.ClosedValueSet.CASUALTY_STATUS;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.type.CasualtyCount;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Tags statements of how many people were killed, injured, missing or captured as
 * {@link CasualtyCount}, with the count normalised, its qualifier, its status and the victim head
 * noun, following the CasualtyCount section of the annotation guidelines.
 * <p>
 * Works sentence by sentence in two stages. Candidates: number phrases (digits, number words,
 * vague amounts, "a/an + victim noun") with the noun phrase they count; numbers that measure
 * something else (years, distances, money, clock times, ages, weapons, animals) are left out.
 * Decision: ordered, named {@link StatusRules} find the status in the phrase ("four deaths"),
 * right after it ("three dead"), in the word that governs it ("killing 12", "the deaths of 12"),
 * in its predicate ("12 soldiers were killed") or in an earlier count it belongs to ("including
 * 14 children"); a candidate without a status is no casualty count. Each annotation's
 * {@code provenance} names the rule and the word it relied on. The vocabulary is data: the
 * lists indexed by {@code lists.def} beside this class.
 */
@ResourceMetaData(name = "ConflictKit casualty annotator")
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" }, outputs = {
                "org.conflictkit.type.CasualtyCount" })
public class CasualtyAnnotator
    extends JCasAnnotator_ImplBase
{
    /** The vocabulary shipped with ConflictKit, read when no lexicon is bound. */
    public static final String DEFAULT_LEXICON =
            "classpath:org/conflictkit/annotators/casualty/lists.def";

    /**
     * The casualty vocabulary: a {@link LexiconResource} naming a {@code lists.def} index (see the
     * README beside the bundled one). Optional; without it the engine reads
     * {@link #DEFAULT_LEXICON}.
     */
    public static final String KEY_LEXICON = LexiconResource.KEY;
    @ExternalResource(key = KEY_LEXICON, mandatory = false)
    private LexiconResource lexiconResource;

    private CasualtyLexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        lexicon = LexiconResource.get(lexiconResource, DEFAULT_LEXICON, CasualtyLexicon.class,
                CasualtyLexicon::load);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        DecisionLog log = DecisionLog.active();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<Token> tokens = JCasUtil.selectCovered(Token.class, sentence);
            List<String> words = new ArrayList<>(tokens.size());
            int[] begins = new int[tokens.size()];
            int[] ends = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                words.add(tokens.get(i).getCoveredText());
                begins[i] = tokens.get(i).getBegin();
                ends[i] = tokens.get(i).getEnd();
            }
            SentenceView view = new SentenceView(words, begins, ends, lexicon);
            for (CountMention mention : StatusRules.decide(view, CountFinder.find(view), log)) {
                annotate(jcas, tokens, mention);
            }
        }
    }

    private static void annotate(JCas jcas, List<Token> tokens, CountMention mention)
    {
        CasualtyCount count = new CasualtyCount(jcas, tokens.get(mention.first).getBegin(),
                tokens.get(mention.end - 1).getEnd());
        count.setCount((int) Math.min(mention.count, Integer.MAX_VALUE));
        count.setQualifier(CASUALTY_QUALIFIER.checked(mention.qualifier));
        count.setStatus(CASUALTY_STATUS.checked(mention.status));
        if (mention.victimStart >= 0) {
            count.setVictims(jcas.getDocumentText().substring(
                    tokens.get(mention.victimStart).getBegin(),
                    tokens.get(mention.victimEnd - 1).getEnd()));
        }
        count.setProvenance(mention.provenance);
        count.addToIndexes();
    }
}
