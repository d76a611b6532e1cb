package org.conflictkit.annotators.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Quote;
import org.junit.jupiter.api.Test;

/** Finding quotes, one phenomenon per test; the speaker engine decides which marks are quotes. */
class QuoteAnnotatorTest
{
    private static JCas run(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(QuoteAnnotator.class),
                createEngineDescription(SpeakerAnnotator.class));
    }

    @Test
    void straightAndCurlyDoubleQuotesExcludeMarksAndTrailingPunctuation() throws Exception
    {
        JCas jcas = run("“We will not retreat,” said Governor Oleh Synehubov. "
                + "\"The city is calm.\" he added.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 20]Quote(speaker=\"Governor Oleh Synehubov\", direct=true, cue=say) \"We will not retreat\"",
                "[ 54, 70]Quote(speaker=\"he\", direct=true, cue=add) \"The city is calm\"");
    }

    @Test
    void wordsAfterTheVerbOfAQuoteBeforeItsSourceAreAdjuncts() throws Exception
    {
        JCas jcas = run("“The roads are closed,” police spokesman Captain Ali Dar told reporters at "
                + "the scene. “We will hold,” acting envoy Rosa Lind said in a video posted online.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 21]Quote(speaker=\"police spokesman Captain Ali Dar\", direct=true, cue=tell) \"The roads are closed\"",
                "[ 87, 99]Quote(speaker=\"acting envoy Rosa Lind\", direct=true, cue=say) \"We will hold\"");
    }

    @Test
    void theHearerOfToldIsNoSourceAndAnAgeIsNoName() throws Exception
    {
        JCas jcas = run("\"I stayed,\" Omar Said, 71, told the state news agency KTV. Ana Rus, a "
                + "nurse in Kibali, said the ward was full.");
        assertAnnotations(jcas, Quote.class,
                "[  1,  9]Quote(speaker=\"Omar Said\", direct=true, cue=tell) \"I stayed\"",
                "[ 92,109]Quote(speaker=\"Ana Rus\", direct=false, cue=say) \"the ward was full\"");
    }

    @Test
    void aDatelineIsNoPartOfTheReport() throws Exception
    {
        JCas jcas = run("GOMA, Democratic Republic of Congo (Reuters) — Shells hit a camp, officials "
                + "said.\nTripoli, Sept 16, 2019 – Drones struck the port, the navy said.");
        assertAnnotations(jcas, Quote.class,
                "[ 47, 64]Quote(speaker=\"officials\", direct=false, cue=say) \"Shells hit a camp\"",
                "[107,129]Quote(speaker=\"the navy\", direct=false, cue=say) \"Drones struck the port\"");
    }

    @Test
    void singleQuotesAreToldApartFromApostrophes() throws Exception
    {
        JCas jcas = run("The minister called the strike 'a war crime' and said the army's response "
                + "was 'measured'.");
        assertAnnotations(jcas, Quote.class,
                "[ 20, 88]Quote(speaker=\"The minister\", direct=false, cue=call) \"the strike 'a war crime' and said the army's response was 'measured'\"",
                "[ 32, 43]Quote(speaker=\"The minister\", direct=true, cue=call) \"a war crime\"",
                "[ 54, 88]Quote(speaker=\"The minister\", direct=false, cue=say) \"the army's response was 'measured'\"",
                "[ 79, 87]Quote(speaker=\"The minister\", direct=true, cue=say) \"measured\"");
    }

    @Test
    void twoApostrophesAreOneDoubleMark() throws Exception
    {
        JCas jcas = run("''It isn't over,'' said Mayor Ann Fox. ''We stay,'' she added.");
        assertAnnotations(jcas, Quote.class,
                "[  2, 15]Quote(speaker=\"Mayor Ann Fox\", direct=true, cue=say) \"It isn't over\"",
                "[ 41, 48]Quote(speaker=\"she\", direct=true, cue=add) \"We stay\"");
    }

    @Test
    void adjacentCueWithItsSubjectOnEitherSideAndALongApposition() throws Exception
    {
        JCas jcas = run("“The bridge is gone,” said Ana Lopez, head of the district council in Bor. “We will rebuild,” Omar Idris, the mayor of Kassala and a former teacher, one of the founders of the party, said on Monday. “Where are the trucks?” Lina Haddad asked.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 19]Quote(speaker=\"Ana Lopez\", direct=true, cue=say) \"The bridge is gone\"",
                "[ 76, 91]Quote(speaker=\"Omar Idris\", direct=true, cue=say) \"We will rebuild\"",
                "[200,221]Quote(speaker=\"Lina Haddad\", direct=true, cue=ask) \"Where are the trucks?\"");
    }

    @Test
    void aDashAndANameAfterAQuoteAttributeIt() throws Exception
    {
        JCas jcas = run("“The shelling never stopped.” ― Maria Petrenko\n“We sleep in the cellar.” ― Ivan Hrytsenko, a baker");
        assertAnnotations(jcas, Quote.class,
                "[  1, 27]Quote(speaker=\"Maria Petrenko\", direct=true) \"The shelling never stopped\"",
                "[ 48, 70]Quote(speaker=\"Ivan Hrytsenko\", direct=true) \"We sleep in the cellar\"");
    }

    @Test
    void aSpeechVerbRightBeforeTheOpeningMarkAttributesTheQuote() throws Exception
    {
        // the participle's source is the subject of its sentence: no report before it names one
        JCas jcas = run("As the siren rang, the announcer said, “Stay in your homes and keep away from the windows.” Residents fled the town on Monday, saying, “The shelling never stopped for a single night.”");
        assertAnnotations(jcas, Quote.class,
                "[ 40, 89]Quote(speaker=\"the announcer\", direct=true, cue=say) \"Stay in your homes and keep away from the windows\"",
                "[136,181]Quote(speaker=\"Residents\", direct=true, cue=say) \"The shelling never stopped for a single night\"");
        assertEquals("quote/direct; sieve=cue-before",
                jcas.select(Quote.class).toList().get(1).getProvenance());
    }

    @Test
    void aColonClosingThePreviousParagraphIntroducesTheQuote() throws Exception
    {
        JCas jcas = run("The colonel said:\n“The road to the north is open again.”");
        assertAnnotations(jcas, Quote.class,
                "[ 19, 54]Quote(speaker=\"The colonel\", direct=true) \"The road to the north is open again\"");
    }

    @Test
    void aQuoteTakesTheSpeakerOfTheQuoteBeforeItInItsSentence() throws Exception
    {
        JCas jcas = run("“The brigade has held the line,” Major Ruslan Hrab said, and still “holds every village on the river.”");
        assertAnnotations(jcas, Quote.class,
                "[  1, 30]Quote(speaker=\"Major Ruslan Hrab\", direct=true, cue=say) \"The brigade has held the line\"",
                "[ 68,100]Quote(speaker=\"Major Ruslan Hrab\", direct=true, cue=say) \"holds every village on the river\"");
    }

    @Test
    void aClauseWithoutSpeakerIsKeptUnattributedAndAFragmentIsNot() throws Exception
    {
        // a quote that is a paragraph of its own with no quote before it to continue
        JCas jcas = run("The town was quiet on Monday.\n“The water supply will be cut off at dawn "
                + "tomorrow.” A sign at the gate said “Checkpoint”. Locals know it as the “red zone”.");
        assertAnnotations(jcas, Quote.class,
                "[ 31, 80]Quote(direct=true) \"The water supply will be cut off at dawn tomorrow\"");
    }

    @Test
    void guillemets() throws Exception
    {
        JCas jcas = run("The mayor said: «We stay here.»");
        assertAnnotations(jcas, Quote.class,
                "[ 17, 29]Quote(speaker=\"The mayor\", direct=true, cue=say) \"We stay here\"");
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuotePerParagraphWithOneSpeaker() throws Exception
    {
        JCas jcas = run("“The first paragraph of the statement.\n"
                + "“The second paragraph ends here,” said police spokesman Ivan Petrov.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 37]Quote(speaker=\"police spokesman Ivan Petrov\", direct=true, cue=say) \"The first paragraph of the statement\"",
                "[ 40, 70]Quote(speaker=\"police spokesman Ivan Petrov\", direct=true, cue=say) \"The second paragraph ends here\"");
    }

    @Test
    void nestedQuoteStaysInsideTheOuterQuote() throws Exception
    {
        JCas jcas = run("“The general told us ‘hold the line’ and we did,” a soldier told reporters.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 47]Quote(speaker=\"a soldier\", direct=true, cue=tell) \"The general told us ‘hold the line’ and we did\"");
    }

    @Test
    void quoteBrokenByItsAttributionGivesTwoQuotesWithOneSpeaker() throws Exception
    {
        JCas jcas = run("“We saw the drones,” Colonel Yuri Ihnat said, “and then the explosions began.”");
        assertAnnotations(jcas, Quote.class,
                "[  1, 18]Quote(speaker=\"Colonel Yuri Ihnat\", direct=true, cue=say) \"We saw the drones\"",
                "[ 47, 76]Quote(speaker=\"Colonel Yuri Ihnat\", direct=true, cue=say) \"and then the explosions began\"");
    }

    @Test
    void partialQuoteInsideReportedClauseGivesBothQuotesNested() throws Exception
    {
        JCas jcas = run("The army described the raid as a “successful operation” against the militants.");
        assertAnnotations(jcas, Quote.class,
                "[ 19, 77]Quote(speaker=\"The army\", direct=false, cue=describe) \"the raid as a “successful operation” against the militants\"",
                "[ 34, 54]Quote(speaker=\"The army\", direct=true, cue=describe) \"successful operation\"");
    }

    @Test
    void unbalancedMarkDoesNotSwallowTheNextParagraph() throws Exception
    {
        JCas jcas = run("He shouted \"stop and then everything went quiet.\n"
                + "The ministry said the attack killed three people.");
        assertAnnotations(jcas, Quote.class,
                "[ 67, 97]Quote(speaker=\"The ministry\", direct=false, cue=say) \"the attack killed three people\"");
    }

    @Test
    void indirectQuoteAfterSaidThat() throws Exception
    {
        JCas jcas = run("Defence Minister Ali Hassan said that the convoy was hit near the border.");
        assertAnnotations(jcas, Quote.class,
                "[ 38, 72]Quote(speaker=\"Defence Minister Ali Hassan\", direct=false, cue=say) \"the convoy was hit near the border\"");
    }

    @Test
    void indirectQuoteBeforeItsAttribution() throws Exception
    {
        JCas jcas = run("The convoy was hit near the border, the ministry said on Monday.");
        assertAnnotations(jcas, Quote.class,
                "[  0, 34]Quote(speaker=\"the ministry\", direct=false, cue=say) \"The convoy was hit near the border\"");
    }

    @Test
    void indirectQuoteAfterToldReporters() throws Exception
    {
        JCas jcas = run("The spokesman told reporters the talks would resume next week.");
        assertAnnotations(jcas, Quote.class,
                "[ 29, 61]Quote(speaker=\"The spokesman\", direct=false, cue=tell) \"the talks would resume next week\"");
    }

    @Test
    void indirectQuoteAfterWarned() throws Exception
    {
        JCas jcas = run("The governor warned that more strikes were likely.");
        assertAnnotations(jcas, Quote.class,
                "[ 25, 49]Quote(speaker=\"The governor\", direct=false, cue=warn) \"more strikes were likely\"");
    }

    @Test
    void accordingToIsAnIndirectQuoteWithoutCue() throws Exception
    {
        JCas jcas = run("Two soldiers were wounded, according to the regional police.");
        assertAnnotations(jcas, Quote.class,
                "[  0, 25]Quote(speaker=\"the regional police\", direct=false) \"Two soldiers were wounded\"");
    }

    @Test
    void negatedOrUnconfirmedSpeechIsNotAQuote() throws Exception
    {
        JCas jcas = run("The ministry has not confirmed the report. "
                + "Officials declined to say whether troops had withdrawn.");
        assertAnnotations(jcas, Quote.class);
    }

    @Test
    void titlesAndScareQuotesWithoutSpeakerAreNotQuotes() throws Exception
    {
        JCas jcas = run("Critics dubbed the plan “Operation Sunrise” in a newspaper column. "
                + "The film “Red Dawn” was shown.");
        assertAnnotations(jcas, Quote.class);
    }
    @Test
    void invertedSpeakerFollowedByAnApposition() throws Exception
    {
        JCas jcas = run("“The road is closed,” said Amina Bello, a trader from the town. "
                + "“We ran,” said Karim Haddad, 45, who lost his shop.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 19]Quote(speaker=\"Amina Bello\", direct=true, cue=say) \"The road is closed\"",
                "[ 65, 71]Quote(speaker=\"Karim Haddad\", direct=true, cue=say) \"We ran\"");
    }

    @Test
    void datelineIsNoPartOfTheReportedClause() throws Exception
    {
        JCas jcas = run("KASSALA, Sudan (Wire) — Shelling hit the main market on Monday, officials said.");
        assertAnnotations(jcas, Quote.class,
                "[ 24, 62]Quote(speaker=\"officials\", direct=false, cue=say) \"Shelling hit the main market on Monday\"");
    }

    @Test
    void sourceWithRelativeAliasOrDescriptiveApposition() throws Exception
    {
        JCas jcas = run("Tripoli, which backs the rebels, said the truce had collapsed. "
                + "The Northern Front, known as NF, said its units had withdrawn. "
                + "The National Relief Commission, a state body, said the camps were full.");
        assertAnnotations(jcas, Quote.class,
                "[ 38, 61]Quote(speaker=\"Tripoli\", direct=false, cue=say) \"the truce had collapsed\"",
                "[101,124]Quote(speaker=\"The Northern Front\", direct=false, cue=say) \"its units had withdrawn\"",
                "[177,196]Quote(speaker=\"The National Relief Commission\", direct=false, cue=say) \"the camps were full\"");
    }

    @Test
    void sourceWithNamedHeadBeforeInPlace() throws Exception
    {
        JCas jcas = run("The Crisis Cell in Kassala said the bridge was shut.");
        assertAnnotations(jcas, Quote.class,
                "[ 32, 51]Quote(speaker=\"The Crisis Cell in Kassala\", direct=false, cue=say) \"the bridge was shut\"");
    }

    @Test
    void adjunctAfterAnAttributionIsNotReported() throws Exception
    {
        JCas jcas = run("The strike destroyed the fuel depot on Monday, the army said, as troops "
                + "advanced. Ten people died, according to the ministry, though residents put "
                + "the toll higher.");
        assertAnnotations(jcas, Quote.class,
                "[  0, 45]Quote(speaker=\"the army\", direct=false, cue=say) \"The strike destroyed the fuel depot on Monday\"",
                "[ 82, 97]Quote(speaker=\"the ministry\", direct=false) \"Ten people died\"");
    }

    @Test
    void channelOfTheStatementIsNotReported() throws Exception
    {
        JCas jcas = run("The tanker was hit near the port, the agency said in an advisory, adding "
                + "that the crew was safe.");
        assertAnnotations(jcas, Quote.class,
                "[  0, 32]Quote(speaker=\"the agency\", direct=false, cue=say) \"The tanker was hit near the port\"",
                "[ 78, 95]Quote(speaker=\"the agency\", direct=false, cue=add) \"the crew was safe\"");
    }

    @Test
    void documentsPostsAndGroupsAreSources() throws Exception
    {
        JCas jcas = run("“Civilians must leave the area before dawn,” the statement reads. “The "
                + "bridge stays closed until Friday,” said a post on the ministry's channel. "
                + "“Shelling went on all night,” said the monitoring group.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 42]Quote(speaker=\"the statement\", direct=true, cue=read) \"Civilians must leave the area before dawn\"",
                "[ 67,103]Quote(speaker=\"a post\", direct=true, cue=say) \"The bridge stays closed until Friday\"",
                "[146,172]Quote(speaker=\"the monitoring group\", direct=true, cue=say) \"Shelling went on all night\"");
    }

    @Test
    void unnamedPeopleAreSources() throws Exception
    {
        JCas jcas = run("“We have not seen bread for a week,” a farmer said. “The roads are mined,” "
                + "an official based in the capital told reporters.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 34]Quote(speaker=\"a farmer\", direct=true, cue=say) \"We have not seen bread for a week\"",
                "[ 53, 72]Quote(speaker=\"an official based in the capital\", direct=true, cue=tell) \"The roads are mined\"");
    }

    @Test
    void aQuoteThatIsASentenceOfItsOwnTakesTheSubjectOfTheSentenceBefore() throws Exception
    {
        JCas jcas = run("The minister struck a defiant tone on Sunday. “We will not give up a "
                + "single village.”\nPrices rose again. “Nobody can buy bread now.”");
        assertAnnotations(jcas, Quote.class,
                "[ 47, 83]Quote(speaker=\"The minister\", direct=true) \"We will not give up a single village\"");
    }

    @Test
    void thatWasTheVerdictOfNamesTheSourceAfterTheQuote() throws Exception
    {
        JCas jcas = run("“The truce is a dead letter” – that was the verdict of Colonel Ruslan Hrab.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 27]Quote(speaker=\"Colonel Ruslan Hrab\", direct=true) \"The truce is a dead letter\"");
    }

    @Test
    void partialQuotesInsideReportedSpeech() throws Exception
    {
        JCas jcas = run("The mayor accused the army of “deliberate attacks on civilians” and told "
                + "the paper that the deal was “dead on arrival”.");
        assertAnnotations(jcas, Quote.class,
                "[ 18,118]Quote(speaker=\"The mayor\", direct=false, cue=accuse) \"the army of “deliberate attacks on civilians” and told the paper that the deal was “dead on arrival”\"",
                "[ 31, 62]Quote(speaker=\"The mayor\", direct=true, cue=accuse) \"deliberate attacks on civilians\"",
                "[ 88,118]Quote(speaker=\"The mayor\", direct=false, cue=tell) \"the deal was “dead on arrival”\"",
                "[102,117]Quote(speaker=\"The mayor\", direct=true, cue=tell) \"dead on arrival\"");
    }

    @Test
    void aQuoteOfSeveralSentencesIsOneQuote() throws Exception
    {
        JCas jcas = run("“We held the bridge. We held the school. We will hold the town,” said "
                + "Major Ruslan Hrab.");
        assertAnnotations(jcas, Quote.class,
                "[  1, 62]Quote(speaker=\"Major Ruslan Hrab\", direct=true, cue=say) \"We held the bridge. We held the school. We will hold the town\"");
    }
}
