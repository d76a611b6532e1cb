package org.conflictkit.annotators.weapon;

import static org.conflictkit.type.ClosedValueSet.WEAPON_CATEGORY;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.SharedLexicons;
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
    /** The lexicon index shipped with ConflictKit. */
    public static final String DEFAULT_LEXICON = "org/conflictkit/annotators/weapon/lists.def";

    /**
     * The {@code lists.def} index of the weapon lexicon: a file path, or a class path location.
     * The list files it names are read from the same directory.
     */
    public static final String PARAM_LEXICON = "lexicon";
    @ConfigurationParameter(name = PARAM_LEXICON, mandatory = true,
            defaultValue = DEFAULT_LEXICON)
    private String lexicon;

    private WeaponLexicon words;
    private MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        words = SharedLexicons.get("weapon:" + lexicon, () -> WeaponLexicon.load(lexicon));
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
