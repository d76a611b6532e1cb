package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.quote.QuotationScanner.Quotation;
import org.conflictkit.annotators.quote.ReportParser.Report;
import org.conflictkit.annotators.quote.ReportParser.Span;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.type.Quote;

/**
 * Finds quotes: direct quotes by scanning characters for quotation marks (straight, curly and
 * single quotes, guillemets, nested and multi-paragraph quotes; see {@link QuotationScanner}),
 * and indirect quotes as the clauses reported by a speech verb ("X said that ...", "..., X
 * said", "told reporters ...") or by "according to X" ({@code direct=false}, {@code cue} = the
 * verb's lemma, unset for "according to"). Negated and passive speech ("did not confirm", "was
 * reported") reports nothing.
 * <p>
 * Direct quotes are candidates: the {@link SpeakerAnnotator} that runs after this engine keeps
 * those it can attribute to a source and removes the rest (titles, scare quotes). Each quote's
 * {@code provenance} names the rule that found it.
 */
@ResourceMetaData(name = "ConflictKit quote annotator")
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" }, outputs = {
                "org.conflictkit.type.Quote", "org.conflictkit.type.Quote:direct",
                "org.conflictkit.type.Quote:cue", "org.conflictkit.type.Quote:provenance" })
public class QuoteAnnotator
    extends JCasAnnotator_ImplBase
{
    /**
     * Location of the {@code lists.def} index of the speech verb and speaker lexicons, as
     * {@code classpath:path/lists.def}.
     */
    public static final String PARAM_LEXICON_INDEX = "lexiconIndex";
    @ConfigurationParameter(name = PARAM_LEXICON_INDEX, mandatory = true,
            defaultValue = QuoteLexicon.DEFAULT_INDEX)
    private String lexiconIndex;

    /** Whether to add indirect quotes (reported speech without quotation marks). */
    public static final String PARAM_INDIRECT = "indirect";
    @ConfigurationParameter(name = PARAM_INDIRECT, mandatory = true, defaultValue = "true")
    private boolean indirect;

    private ReportParser parser;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        parser = new ReportParser(QuoteLexicon.get(lexiconIndex));
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        List<int[]> quotations = new ArrayList<>();
        for (Quotation q : QuotationScanner.scan(jcas.getDocumentText())) {
            quotations.add(new int[] { q.begin(), q.end() });
            Quote quote = new Quote(jcas, q.begin(), q.end());
            quote.setDirect(true);
            quote.setProvenance(Provenance.of(Engine.QUOTE,
                    q.depth() == 0 ? "direct" : "direct-nested").toString());
            quote.addToIndexes();
        }
        if (!indirect) {
            return;
        }
        QuoteUnits d = QuoteUnits.of(jcas, quotations);
        Set<Long> seen = new HashSet<>();
        for (int u = 0; u < d.unitStart.length; u++) {
            for (Report report : parser.parse(d, u)) {
                if (report.directOnly()) {
                    continue;
                }
                for (Span content : new Span[] { report.before(), report.after() }) {
                    int[] span = content == null ? null
                            : ReportParser.indirectSpan(d, content, quotations);
                    if (span != null && seen.add(((long) span[0] << 32) | span[1])) {
                        Quote quote = new Quote(jcas, span[0], span[1]);
                        quote.setDirect(false);
                        quote.setCue(report.lemma());
                        quote.setProvenance(
                                Provenance.of(Engine.QUOTE, "indirect:" + report.rule()).toString());
                        quote.addToIndexes();
                    }
                }
            }
        }
    }
}
