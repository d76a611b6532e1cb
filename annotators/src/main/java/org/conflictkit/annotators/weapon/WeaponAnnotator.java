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
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.text.TokenView;
import org.conflictkit.type.Weapon;

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
        TokenView view = TokenView.of(jcas);
        List<SentenceKeys> sentences = new ArrayList<>(view.sentenceCount());
        List<Mention> candidates = new ArrayList<>();
        for (int s = 0; s < view.sentenceCount(); s++) {
            SentenceKeys sentence = SentenceKeys.of(view, s);
            sentences.add(sentence);
            candidates.addAll(finder.mentions(sentence, finder.candidates(sentence)));
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
}
