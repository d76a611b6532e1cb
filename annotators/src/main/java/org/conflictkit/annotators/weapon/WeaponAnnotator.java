package org.conflictkit.annotators.weapon;

import static org.conflictkit.type.ClosedValueSet.WEAPON_CATEGORY;

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
import org.conflictkit.annotators.segment.NewsLayout;
import org.conflictkit.type.Weapon;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Tags weapons, munitions and military platforms ({@link Weapon}) with their category, model and
 * quantity, following the Weapon section of the annotation guidelines.
 * <p>
 * Candidate, then decide: a lexicon of type nouns, modifiers, named systems and designator
 * families (data files indexed by {@code lists.def}) proposes candidates by longest match over
 * tokens; adjacent candidates form mentions ("Tu-95MS Bear H bombers", "decoy drones"); then
 * ordered, named rules reject other senses (units, verbs, Shell the company, civilian planes,
 * body parts, coal mines, suicide bombers, ambiguous names without a type noun, generic
 * "weapons" next to a specific weapon) and set quantities. Each annotation's
 * {@code provenance} names the lexicon line and the rules that made it.
 * <p>
 * Matching is linear in the number of tokens; the lexicon is loaded once per JVM and shared by
 * all instances.
 */
@ResourceMetaData(name = "ConflictKit weapon annotator")
@TypeCapability(
        inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "org.conflictkit.type.Weapon" })
public class WeaponAnnotator
    extends JCasAnnotator_ImplBase
{
    /** The lexicon index shipped with ConflictKit, read when no lexicon is bound. */
    public static final String DEFAULT_LEXICON =
            "classpath:org/conflictkit/annotators/weapon/lists.def";

    /**
     * The weapon lexicon: a {@link LexiconResource} naming a {@code lists.def} index (see the
     * README beside the bundled one). Optional; without it the engine reads
     * {@link #DEFAULT_LEXICON}.
     */
    public static final String KEY_LEXICON = LexiconResource.KEY;
    @ExternalResource(key = KEY_LEXICON, mandatory = false)
    private LexiconResource lexicon;

    private WeaponLexicon words;
    private MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        words = LexiconResource.get(lexicon, DEFAULT_LEXICON, WeaponLexicon.class,
                WeaponLexicon::load);
        finder = new MentionFinder(words);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        List<SentenceView> sentences = new ArrayList<>();
        List<Mention> candidates = new ArrayList<>();
        String text = jcas.getDocumentText();
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        NewsLayout layout = NewsLayout.of(jcas);
        int next = 0;
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            while (next < tokens.size() && tokens.get(next).getBegin() < sentence.getBegin()) {
                next++;
            }
            int first = next;
            while (next < tokens.size() && tokens.get(next).getEnd() <= sentence.getEnd()) {
                next++;
            }
            SentenceView view = view(text, tokens.subList(first, next),
                    layout.inHeading(sentence.getBegin(), sentence.getEnd()));
            sentences.add(view);
            candidates.addAll(finder.mentions(view, finder.candidates(view)));
        }
        WeaponRules.Document document = WeaponRules.document(words, sentences);
        for (Mention mention : WeaponRules.decide(candidates, document,
                DecisionLog.active())) {
            Weapon weapon = new Weapon(jcas, mention.begin(), mention.endOffset());
            weapon.setCategory(WEAPON_CATEGORY.checked(mention.category));
            weapon.setModel(mention.model);
            weapon.setQuantity(mention.quantity);
            weapon.setProvenance(mention.provenance.toString());
            weapon.addToIndexes();
        }
    }

    /** The sentence's tokens, without the hyphens inside compounds. */
    private static SentenceView view(String text, List<Token> tokens, boolean heading)
    {
        List<int[]> spans = tokens.stream().map(t -> new int[] { t.getBegin(), t.getEnd() })
                .toList();
        List<Tok> toks = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            if (!WeaponLexicon.isGluedHyphen(text, spans, i)) {
                String word = text.substring(spans.get(i)[0], spans.get(i)[1]);
                toks.add(new Tok(spans.get(i)[0], spans.get(i)[1], word, WeaponLexicon.key(word)));
            }
        }
        return new SentenceView(toks, toks.stream().map(Tok::key).toList(),
                toks.stream().map(Tok::text).toList(), heading);
    }
}
