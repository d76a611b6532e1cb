package org.conflictkit.annotators.casualty;

import static org.conflictkit.type.ClosedValueSet.CASUALTY_QUALIFIER;
import static org.conflictkit.type.ClosedValueSet.CASUALTY_STATUS;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.text.TokenView;
import org.conflictkit.type.CasualtyCount;

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
 * in its predicate ("12 soldiers were killed"), in the "the number of" phrase whose value it
 * gives ("raising to 14 the number of soldiers killed") or in an earlier count it belongs to
 * ("including 14 children"); a candidate without a status is no casualty count. No rule reads
 * capitals, so wire text in capitals gives the same counts. Each annotation's
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
        TokenView view = TokenView.of(jcas);
        for (int sentence = 0; sentence < view.sentenceCount(); sentence++) {
            SentenceLookups s = new SentenceLookups(view, sentence, lexicon);
            for (CountMention mention : StatusRules.decide(s, CountFinder.find(s), log)) {
                annotate(jcas, s, mention);
            }
        }
    }

    private static void annotate(JCas jcas, SentenceLookups s, CountMention mention)
    {
        CasualtyCount count = new CasualtyCount(jcas, s.begin(mention.first),
                s.end(mention.end - 1));
        count.setCount((int) Math.min(mention.count, Integer.MAX_VALUE));
        count.setQualifier(CASUALTY_QUALIFIER.checked(mention.qualifier));
        count.setStatus(CASUALTY_STATUS.checked(mention.status));
        if (mention.victimStart >= 0) {
            count.setVictims(jcas.getDocumentText().substring(s.begin(mention.victimStart),
                    s.end(mention.victimEnd - 1)));
        }
        count.setProvenance(mention.provenance);
        count.addToIndexes();
    }
}
