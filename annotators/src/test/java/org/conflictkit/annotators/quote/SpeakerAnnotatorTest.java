package org.conflictkit.annotators.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.lexicon.LexiconException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.junit.jupiter.api.Test;

/** Attribution sieves and speaker descriptions, one phenomenon per test. */
class SpeakerAnnotatorTest
{
    private static JCas run(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(QuoteAnnotator.class),
                createEngineDescription(SpeakerAnnotator.class));
    }

    @Test
    void cueAfterTheQuoteWithInvertedSpeaker() throws Exception
    {
        JCas jcas = run("“We will hold,” said the mayor.");
        assertAnnotations(jcas, Speaker.class,
                "[ 21, 30]Speaker(title=mayor, official=true) \"the mayor\"");
    }

    @Test
    void colonIntroduction() throws Exception
    {
        JCas jcas = run("Kremlin spokesman Dmitry Peskov told the news agency: “No decision has been made.”");
        assertAnnotations(jcas, Quote.class,
                "[ 55, 80]Quote(speaker=\"Kremlin spokesman Dmitry Peskov\", direct=true, cue=tell) \"No decision has been made\"");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 31]Speaker(name=Dmitry Peskov, title=spokesman, organization=Kremlin, official=true) \"Kremlin spokesman Dmitry Peskov\"");
    }

    @Test
    void colonIntroductionWithoutVerb() throws Exception
    {
        JCas jcas = run("Governor Vitaliy Kim on Telegram: “Stay in the shelters.”");
        assertAnnotations(jcas, Quote.class,
                "[ 35, 55]Quote(speaker=\"Governor Vitaliy Kim\", direct=true) \"Stay in the shelters\"");
    }

    @Test
    void quoteAloneInItsParagraphContinuesThePreviousSpeaker() throws Exception
    {
        JCas jcas = run("Interior Minister Rashid Karimov said the attackers had fled.\n“We will find them.”");
        assertAnnotations(jcas, Quote.class,
                "[ 38, 60]Quote(speaker=\"Interior Minister Rashid Karimov\", direct=false, cue=say) \"the attackers had fled\"",
                "[ 63, 80]Quote(speaker=\"Interior Minister Rashid Karimov\", direct=true) \"We will find them\"");
    }

    @Test
    void pronounResolvedToTheMostRecentCompatibleSpeaker() throws Exception
    {
        JCas jcas = run("The ministry said the road was closed. Oleksandr Prokudin said the shelling "
                + "continued. He warned that more attacks would follow.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 12]Speaker(name=ministry, organization=ministry, official=true) \"The ministry\"",
                "[ 39, 57]Speaker(name=Oleksandr Prokudin, official=false) \"Oleksandr Prokudin\"",
                "[ 87, 89]Speaker(name=Oleksandr Prokudin, official=false) \"He\"");
    }

    @Test
    void titlesAndAppositions() throws Exception
    {
        JCas jcas = run("Air Force spokesman Yuriy Ihnat said the missiles were intercepted. "
                + "Dmitry Peskov, the Kremlin spokesperson, said talks were possible.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 31]Speaker(name=Yuriy Ihnat, title=spokesman, organization=Air Force, official=true) \"Air Force spokesman Yuriy Ihnat\"",
                "[ 68, 81]Speaker(name=Dmitry Peskov, title=spokesperson, organization=Kremlin, official=true) \"Dmitry Peskov\"");
    }

    @Test
    void nameResolvedToItsFullestFormInTheDocument() throws Exception
    {
        JCas jcas = run("President Volodymyr Zelenskyy visited the front. "
                + "Later, Zelenskyy said that aid would come.");
        assertAnnotations(jcas, Speaker.class,
                "[ 56, 65]Speaker(name=Volodymyr Zelenskyy, title=President, official=true) \"Zelenskyy\"");
    }

    @Test
    void definiteDescriptionTakesTheSpeakerItDescribes() throws Exception
    {
        JCas jcas = run("Kharkiv Mayor Ihor Terekhov said the power was cut. "
                + "“Repairs will take days,” said the mayor.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 27]Speaker(name=Ihor Terekhov, title=Mayor, organization=Kharkiv, official=true) \"Kharkiv Mayor Ihor Terekhov\"",
                "[ 83, 92]Speaker(name=Ihor Terekhov, title=mayor, organization=Kharkiv, official=true) \"the mayor\"");
    }

    @Test
    void officialsFollowTheDecidedCases() throws Exception
    {
        JCas jcas = run("The Houthi-run health ministry said 12 people died. A Taliban spokesman said "
                + "the fighters withdrew. Human Rights Watch said civilians were hit. A local "
                + "journalist said the market burned. Residents said the shelling lasted hours. "
                + "The United Nations said aid was blocked.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 30]Speaker(name=Houthi-run health ministry, organization=Houthi-run health ministry, official=true) \"The Houthi-run health ministry\"",
                "[ 52, 71]Speaker(title=spokesman, organization=Taliban, official=false) \"A Taliban spokesman\"",
                "[100,118]Speaker(name=Human Rights Watch, organization=Human Rights Watch, official=false) \"Human Rights Watch\"",
                "[144,162]Speaker(title=journalist, official=false) \"A local journalist\"",
                "[187,196]Speaker(title=Residents, official=false) \"Residents\"",
                "[229,247]Speaker(name=United Nations, organization=United Nations, official=true) \"The United Nations\"");
    }

    @Test
    void localOfficialsCommissionsOfficesAndStateMediaSpeakForTheState() throws Exception
    {
        JCas jcas = run("A local official said the bridge fell. The Kenyan Human Rights Commission "
                + "said 40 people were held. The U.N. human rights office said aid stopped. "
                + "State-run KBT television said the curfew held. A former official said talks "
                + "failed.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 16]Speaker(title=official, official=true) \"A local official\"",
                "[ 39, 73]Speaker(name=Kenyan Human Rights Commission, organization=Kenyan Human Rights Commission, official=true) \"The Kenyan Human Rights Commission\"",
                "[100,128]Speaker(name=U.N. human rights office, organization=U.N. human rights office, official=true) \"The U.N. human rights office\"",
                "[147,171]Speaker(name=State-run KBT television, organization=State-run KBT television, official=true) \"State-run KBT television\"",
                "[194,211]Speaker(title=official, official=false) \"A former official\"");
    }

    @Test
    void acronymsMatchOnlyInCapitalsAndSurnamesAloneLinkNoOne() throws Exception
    {
        JCas jcas = run("Colonel Omar Haddad, an army spokesman, said the post held. “It hit at one,” "
                + "said Sami Haddad, who lives near the mosque. The WHO said 12 died. County "
                + "commissioner Ruth Akol said the White Army attacked. A White Army commander said "
                + "his men had withdrawn from the town.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 19]Speaker(name=Omar Haddad, title=Colonel, organization=army, official=true) \"Colonel Omar Haddad\"",
                "[ 82, 93]Speaker(name=Sami Haddad, official=false) \"Sami Haddad\"",
                "[122,129]Speaker(name=WHO, organization=WHO, official=true) \"The WHO\"",
                "[144,173]Speaker(name=Ruth Akol, title=County commissioner, official=true) \"County commissioner Ruth Akol\"",
                "[204,226]Speaker(title=commander, organization=White Army, official=false) \"A White Army commander\"");
    }

    @Test
    void everyDecisionRecordsItsSieve() throws Exception
    {
        JCas jcas = run("“We will hold,” said the mayor.");
        Quote quote = jcas.select(Quote.class).single();
        assertEquals("quote/direct; sieve=report", quote.getProvenance());
        assertTrue(quote.getSpeaker().getProvenance().startsWith("speaker/cue-inverted"),
                quote.getSpeaker().getProvenance());
    }

    @Test
    void badLexiconLineNamesFileAndLine()
    {
        LexiconException e = assertThrows(LexiconException.class,
                () -> LexiconResource.get(null,
                        "classpath:org/conflictkit/annotators/quote/broken/lists.def",
                        QuoteLexicon.class, QuoteLexicon::load));
        assertEquals("speech-verbs.txt:3: expected LEMMA<TAB>FORM|FORM...[<TAB>FLAGS] in 'warn'",
                e.getMessage());
    }
    @Test
    void armedGroupsOfOtherWarsAndMissions() throws Exception
    {
        JCas jcas = run("The RSF said the city had fallen. Fano commanders said the road was cut. "
                + "The mission said its patrols continued.");
        assertAnnotations(jcas, Speaker.class,
                "[  0,  7]Speaker(name=RSF, organization=RSF, official=false) \"The RSF\"",
                "[ 34, 49]Speaker(title=commanders, organization=Fano, official=false) \"Fano commanders\"",
                "[ 73, 84]Speaker(name=mission, organization=mission, official=true) \"The mission\"");
    }

    @Test
    void heAndSheTakeTheLatestPersonTheyAgreeWith() throws Exception
    {
        // "she" skips the mayor for the spokeswoman; "he" skips the spokeswoman for the mayor
        JCas jcas = run("“The shelter held,” said Ivan Petrov, the mayor of Orikhiv. Olena Kuts, a "
                + "spokeswoman for the governor, said the road was open. He said repairs would "
                + "start. She added that buses would run.");
        assertAnnotations(jcas, Speaker.class,
                "[ 25, 36]Speaker(name=Ivan Petrov, title=mayor, organization=Orikhiv, official=true) \"Ivan Petrov\"",
                "[ 60, 70]Speaker(name=Olena Kuts, title=spokeswoman, organization=governor, official=true) \"Olena Kuts\"",
                "[128,130]Speaker(name=Ivan Petrov, title=mayor, organization=Orikhiv, official=true) \"He\"",
                "[157,160]Speaker(name=Olena Kuts, title=spokeswoman, organization=governor, official=true) \"She\"");
    }

    @Test
    void aPronounTakesThePersonWhoIsSubjectOfTheSentenceBeforeWhenMoreRecent() throws Exception
    {
        JCas jcas = run("“We lost the house,” said Maria Lysenko, a nurse. Governor Oleh Kim toured "
                + "the street on Monday. He said the damage would be repaired.");
        Speaker he = jcas.select(Speaker.class).toList().get(1);
        assertEquals("He", he.getCoveredText());
        assertEquals("Oleh Kim", he.getName());
        assertEquals(Boolean.TRUE, he.getOfficial());
        assertEquals("speaker/cue-subject; resolved=recent-subject", he.getProvenance());
        // a headline's capitals name no one
        Speaker afterHeadline = run("Retired General Reveals His Plan For The War\n\n"
                + "He said the army was tired.").select(Speaker.class).single();
        assertEquals(null, afterHeadline.getName());
        assertEquals("speaker/cue-subject; resolved=none; official=default",
                afterHeadline.getProvenance());
    }

    @Test
    void spellingsOfOnePersonTakeTheFirstFullName() throws Exception
    {
        JCas jcas = run("Ahmad Rahimi, the district governor, said the dam held. “We are ready,” "
                + "Rahimi said. President Volodymyr Zelenskyy said talks were over. “We will "
                + "not give up,” Zelenskiy said. Zelensky added that aid would come.");
        assertEquals(List.of("Ahmad Rahimi <- Ahmad Rahimi", "Rahimi <- Ahmad Rahimi",
                "President Volodymyr Zelenskyy <- Volodymyr Zelenskyy",
                "Zelenskiy <- Volodymyr Zelenskyy", "Zelensky <- Volodymyr Zelenskyy"),
                jcas.select(Speaker.class).map(s -> s.getCoveredText() + " <- " + s.getName())
                        .toList());
        assertTrue(jcas.select(Speaker.class).toList().get(4).getProvenance()
                .contains("name=name-variant"));
    }

    @Test
    void collectiveAndUnnamedOfficialsAndTheBodyBehindADocument() throws Exception
    {
        JCas jcas = run("Kenyan officials said the border was closed. The 5th Brigade said its "
                + "positions held. The regional prosecutor's office said charges were filed. "
                + "A police superintendent said two men were arrested. A United Nations report "
                + "said the camps were full. The statement said the vote was rigged. “Stay "
                + "indoors,” said a post on the ministry's channel.");
        assertAnnotations(jcas, Speaker.class,
                "[  0, 16]Speaker(title=officials, organization=Kenyan, official=true) \"Kenyan officials\"",
                "[ 45, 60]Speaker(name=5th Brigade, organization=5th Brigade, official=true) \"The 5th Brigade\"",
                "[ 86,118]Speaker(name=regional prosecutor's office, organization=regional prosecutor's office, official=true) \"The regional prosecutor's office\"",
                "[144,167]Speaker(title=superintendent, organization=police, official=true) \"A police superintendent\"",
                "[196,219]Speaker(name=United Nations, organization=United Nations, official=true) \"A United Nations report\"",
                "[246,259]Speaker(official=false) \"The statement\"",
                "[307,313]Speaker(name=ministry, organization=ministry, official=true) \"a post\"");
    }
}
