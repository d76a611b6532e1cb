package org.conflictkit.annotators.casualty;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.CasualtyCount;
import org.junit.jupiter.api.Test;

/** One construction per test; the tests named no... are numbers that are no casualty counts. */
class CasualtyAnnotatorTest
{
    @Test
    void passiveVerbAfterTheCount() throws Exception
    {
        assertCasualties("At least 12 soldiers were killed in the strike.",
                "[  0, 20]CasualtyCount(count=12, qualifier=AT_LEAST, status=KILLED, victims=soldiers) \"At least 12 soldiers\"");
    }

    @Test
    void activeVerbBeforeTheCount() throws Exception
    {
        assertCasualties("The blast tore through the market, killing 23.",
                "[ 43, 45]CasualtyCount(count=23, qualifier=EXACT, status=KILLED) \"23\"");
    }

    @Test
    void sourcesAndAgentsAreNoCasualties() throws Exception
    {
        assertCasualties("Mortars wounded 38, a district official said. Two rival militias killed "
                + "40 people in May.",
                "[ 16, 18]CasualtyCount(count=38, qualifier=EXACT, status=INJURED) \"38\"",
                "[ 72, 81]CasualtyCount(count=40, qualifier=EXACT, status=KILLED, victims=people) \"40 people\"");
    }

    @Test
    void quoteMarksAndPlacesAfterTheVictims() throws Exception
    {
        assertCasualties("The group said it killed “12 Christians”. Pirates abducted three "
                + "fishermen off the coast, wounding a herder.",
                "[ 26, 39]CasualtyCount(count=12, qualifier=EXACT, status=KILLED, victims=Christians) \"12 Christians\"",
                "[ 59, 74]CasualtyCount(count=3, qualifier=EXACT, status=CAPTURED, victims=fishermen) \"three fishermen\"",
                "[ 99,107]CasualtyCount(count=1, qualifier=EXACT, status=INJURED, victims=herder) \"a herder\"");
    }

    @Test
    void aClauseAfterACountKeepsItsOwnPredicate() throws Exception
    {
        assertCasualties("The unit lost seven men, and four are missing. Five soldiers, two "
                + "civilians, and a child were killed.",
                "[ 29, 33]CasualtyCount(count=4, qualifier=EXACT, status=MISSING) \"four\"",
                "[ 47, 60]CasualtyCount(count=5, qualifier=EXACT, status=KILLED, victims=soldiers) \"Five soldiers\"",
                "[ 62, 75]CasualtyCount(count=2, qualifier=EXACT, status=KILLED, victims=civilians) \"two civilians\"",
                "[ 81, 88]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=child) \"a child\"");
    }

    @Test
    void twoVerbsGiveTwoCounts() throws Exception
    {
        assertCasualties("The raid killed five fighters and injured 17 civilians.",
                "[ 16, 29]CasualtyCount(count=5, qualifier=EXACT, status=KILLED, victims=fighters) \"five fighters\"",
                "[ 42, 54]CasualtyCount(count=17, qualifier=EXACT, status=INJURED, victims=civilians) \"17 civilians\"");
    }

    @Test
    void qualifierAppliesOnlyToTheNumberItPrecedes() throws Exception
    {
        assertCasualties("At least four were killed and 11 wounded.",
                "[  0, 13]CasualtyCount(count=4, qualifier=AT_LEAST, status=KILLED) \"At least four\"",
                "[ 30, 32]CasualtyCount(count=11, qualifier=EXACT, status=INJURED) \"11\"");
    }

    @Test
    void deadAndWoundedUsedAsNouns() throws Exception
    {
        assertCasualties("Medics counted 7 dead, 30 wounded.",
                "[ 15, 21]CasualtyCount(count=7, qualifier=EXACT, status=KILLED) \"7 dead\"",
                "[ 23, 33]CasualtyCount(count=30, qualifier=EXACT, status=INJURED) \"30 wounded\"");
    }

    @Test
    void deathTollRoseTo() throws Exception
    {
        assertCasualties("The death toll rose to 61 on Tuesday.",
                "[ 23, 25]CasualtyCount(count=61, qualifier=EXACT, status=KILLED) \"61\"");
    }

    @Test
    void deathTollWithPhraseBeforeTheVerb() throws Exception
    {
        assertCasualties("The death toll from the bombing has climbed to 35.",
                "[ 47, 49]CasualtyCount(count=35, qualifier=EXACT, status=KILLED) \"35\"");
    }

    @Test
    void deathsOf() throws Exception
    {
        assertCasualties("The shelling caused the deaths of nine villagers.",
                "[ 34, 48]CasualtyCount(count=9, qualifier=EXACT, status=KILLED, victims=villagers) \"nine villagers\"");
    }

    @Test
    void leftDead() throws Exception
    {
        assertCasualties("The ambush left three policemen dead.",
                "[ 16, 31]CasualtyCount(count=3, qualifier=EXACT, status=KILLED, victims=policemen) \"three policemen\"");
    }

    @Test
    void includingGivesTwoCounts() throws Exception
    {
        assertCasualties("Forty people, including 12 children, were killed.",
                "[  0, 12]CasualtyCount(count=40, qualifier=EXACT, status=KILLED, victims=people) \"Forty people\"",
                "[ 24, 35]CasualtyCount(count=12, qualifier=EXACT, status=KILLED, victims=children) \"12 children\"");
    }

    @Test
    void ofThemSharesTheStatus() throws Exception
    {
        assertCasualties("Nine people were wounded, two of them critically.",
                "[  0, 11]CasualtyCount(count=9, qualifier=EXACT, status=INJURED, victims=people) \"Nine people\"",
                "[ 26, 29]CasualtyCount(count=2, qualifier=EXACT, status=INJURED) \"two\"");
    }

    @Test
    void ofWhomNamesTheVictimsOutsideTheSpan() throws Exception
    {
        assertCasualties("Thirty died, 8 of whom were women.",
                "[  0,  6]CasualtyCount(count=30, qualifier=EXACT, status=KILLED) \"Thirty\"",
                "[ 13, 14]CasualtyCount(count=8, qualifier=EXACT, status=KILLED, victims=women) \"8\"");
    }

    @Test
    void claimedTheLivesOf() throws Exception
    {
        assertCasualties("The barrage claimed the lives of 14 farmers.",
                "[ 33, 43]CasualtyCount(count=14, qualifier=EXACT, status=KILLED, victims=farmers) \"14 farmers\"");
    }

    @Test
    void victimNounsOfSeveralWords() throws Exception
    {
        assertCasualties("Two aid workers and three rescue workers were hurt.",
                "[  0, 15]CasualtyCount(count=2, qualifier=EXACT, status=INJURED, victims=aid workers) \"Two aid workers\"",
                "[ 20, 40]CasualtyCount(count=3, qualifier=EXACT, status=INJURED, victims=rescue workers) \"three rescue workers\"");
    }

    @Test
    void spanStopsAtTheHeadNoun() throws Exception
    {
        assertCasualties("Six members of the border guard were captured.",
                "[  0, 11]CasualtyCount(count=6, qualifier=EXACT, status=CAPTURED, victims=members) \"Six members\"");
    }

    @Test
    void vagueAmountWithVictims() throws Exception
    {
        assertCasualties("Dozens of civilians were injured.",
                "[  0, 19]CasualtyCount(count=-1, qualifier=VAGUE, status=INJURED, victims=civilians) \"Dozens of civilians\"");
    }

    @Test
    void vaguePhraseWithVictims() throws Exception
    {
        assertCasualties("An unknown number of soldiers went missing.",
                "[  0, 29]CasualtyCount(count=-1, qualifier=VAGUE, status=MISSING, victims=soldiers) \"An unknown number of soldiers\"");
    }

    @Test
    void vagueAmountWithStatusNoun() throws Exception
    {
        assertCasualties("The attack caused multiple casualties.",
                "[ 18, 37]CasualtyCount(count=-1, qualifier=VAGUE, status=CASUALTIES) \"multiple casualties\"");
    }

    @Test
    void vagueAmountAlone() throws Exception
    {
        assertCasualties("Hundreds were wounded.",
                "[  0,  8]CasualtyCount(count=-1, qualifier=VAGUE, status=INJURED) \"Hundreds\"");
    }

    @Test
    void largeVagueAmount() throws Exception
    {
        assertCasualties("Tens of thousands of people have been killed since 2011.",
                "[  0, 27]CasualtyCount(count=-1, qualifier=VAGUE, status=KILLED, victims=people) \"Tens of thousands of people\"");
    }

    @Test
    void articleOrOneWithVictimCountsOne() throws Exception
    {
        assertCasualties("A child was killed and one soldier was wounded.",
                "[  0,  7]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=child) \"A child\"",
                "[ 23, 34]CasualtyCount(count=1, qualifier=EXACT, status=INJURED, victims=soldier) \"one soldier\"");
    }

    @Test
    void victimAdjectiveBeforeStatusNoun() throws Exception
    {
        assertCasualties("The war has caused more than 9,000 civilian casualties.",
                "[ 19, 54]CasualtyCount(count=9000, qualifier=MORE_THAN, status=CASUALTIES, victims=civilian) \"more than 9,000 civilian casualties\"");
    }

    @Test
    void abductedIsCaptured() throws Exception
    {
        assertCasualties("Rebels abducted 40 students.",
                "[ 16, 27]CasualtyCount(count=40, qualifier=EXACT, status=CAPTURED, victims=students) \"40 students\"");
    }

    @Test
    void takenHostageIsCaptured() throws Exception
    {
        assertCasualties("Two pilots were taken hostage.",
                "[  0, 10]CasualtyCount(count=2, qualifier=EXACT, status=CAPTURED, victims=pilots) \"Two pilots\"");
    }

    @Test
    void coordinatedSubjectsShareThePredicate() throws Exception
    {
        assertCasualties("Eight soldiers and two medics have been killed.",
                "[  0, 14]CasualtyCount(count=8, qualifier=EXACT, status=KILLED, victims=soldiers) \"Eight soldiers\"",
                "[ 19, 29]CasualtyCount(count=2, qualifier=EXACT, status=KILLED, victims=medics) \"two medics\"");
    }

    @Test
    void parenthesisBetweenCountAndPredicate() throws Exception
    {
        assertCasualties("Twenty people, police said, were killed.",
                "[  0, 13]CasualtyCount(count=20, qualifier=EXACT, status=KILLED, victims=people) \"Twenty people\"");
    }

    @Test
    void agentOfAnActiveVerbIsNoVictim() throws Exception
    {
        assertCasualties("Four gunmen killed 11 worshippers.",
                "[ 19, 33]CasualtyCount(count=11, qualifier=EXACT, status=KILLED, victims=worshippers) \"11 worshippers\"");
    }

    @Test
    void amongTheDead() throws Exception
    {
        assertCasualties("Among the dead were three journalists.",
                "[ 20, 37]CasualtyCount(count=3, qualifier=EXACT, status=KILLED, victims=journalists) \"three journalists\"");
    }

    @Test
    void lostTheirLives() throws Exception
    {
        assertCasualties("Some 200 migrants lost their lives at sea.",
                "[  0, 17]CasualtyCount(count=200, qualifier=ABOUT, status=KILLED, victims=migrants) \"Some 200 migrants\"");
    }

    @Test
    void hospitalizedIsInjured() throws Exception
    {
        assertCasualties("Fifteen people were hospitalized.",
                "[  0, 14]CasualtyCount(count=15, qualifier=EXACT, status=INJURED, victims=people) \"Fifteen people\"");
    }

    @Test
    void remainMissing() throws Exception
    {
        assertCasualties("At least 30 people remain missing.",
                "[  0, 18]CasualtyCount(count=30, qualifier=AT_LEAST, status=MISSING, victims=people) \"At least 30 people\"");
    }

    @Test
    void killedOrWoundedIsCasualties() throws Exception
    {
        assertCasualties("More than 100 soldiers were killed or wounded.",
                "[  0, 22]CasualtyCount(count=100, qualifier=MORE_THAN, status=CASUALTIES, victims=soldiers) \"More than 100 soldiers\"");
    }

    @Test
    void partOfANumberCountsThePart() throws Exception
    {
        assertCasualties("He said 20 of the 30 passengers were killed.",
                "[  8, 31]CasualtyCount(count=20, qualifier=EXACT, status=KILLED, victims=passengers) \"20 of the 30 passengers\"");
    }

    @Test
    void coordinatedCountAfterAPrepositionalPhrase() throws Exception
    {
        assertCasualties("Three people were killed on Monday and two on Tuesday.",
                "[  0, 12]CasualtyCount(count=3, qualifier=EXACT, status=KILLED, victims=people) \"Three people\"",
                "[ 39, 42]CasualtyCount(count=2, qualifier=EXACT, status=KILLED) \"two\"");
    }

    @Test
    void victimNounThatCarriesAStatus() throws Exception
    {
        assertCasualties("The group said it holds 130 hostages.",
                "[ 24, 36]CasualtyCount(count=130, qualifier=EXACT, status=CAPTURED, victims=hostages) \"130 hostages\"");
    }

    @Test
    void vagueBodies() throws Exception
    {
        assertCasualties("Rescuers found some bodies under the rubble.",
                "[ 15, 26]CasualtyCount(count=-1, qualifier=VAGUE, status=KILLED, victims=bodies) \"some bodies\"");
    }

    @Test
    void dozens() throws Exception
    {
        assertCasualties("About a dozen soldiers were injured and half a dozen captured.",
                "[  0, 22]CasualtyCount(count=12, qualifier=ABOUT, status=INJURED, victims=soldiers) \"About a dozen soldiers\"",
                "[ 40, 52]CasualtyCount(count=6, qualifier=EXACT, status=CAPTURED) \"half a dozen\"");
    }

    @Test
    void martyredIsKilled() throws Exception
    {
        assertCasualties("The statement said an air strike martyred four fighters.",
                "[ 42, 55]CasualtyCount(count=4, qualifier=EXACT, status=KILLED, victims=fighters) \"four fighters\"");
    }

    @Test
    void ofTheInjured() throws Exception
    {
        assertCasualties("Two of the injured are in critical condition.",
                "[  0, 18]CasualtyCount(count=2, qualifier=EXACT, status=INJURED) \"Two of the injured\"");
    }

    @Test
    void noTroopsDeployed() throws Exception
    {
        assertCasualties("The army deployed 3,000 troops to the border.");
    }

    @Test
    void noPrisonersExchanged() throws Exception
    {
        assertCasualties("The sides exchanged 90 prisoners each.");
    }

    @Test
    void noCaptivesSwapped() throws Exception
    {
        assertCasualties("A swap of 200 captives took place.");
    }

    @Test
    void noHostagesReleased() throws Exception
    {
        assertCasualties("Forty hostages were released.");
    }

    @Test
    void noWeaponCounts() throws Exception
    {
        assertCasualties("Air defences downed 36 drones and neutralised 12 missiles.");
    }

    @Test
    void noAges() throws Exception
    {
        assertCasualties("The victim, aged 19, was killed. A 20-year-old was arrested.");
    }

    @Test
    void noDates() throws Exception
    {
        assertCasualties("The town was shelled on 3 October and on July 4, 2019.");
    }

    @Test
    void noClockTimes() throws Exception
    {
        assertCasualties("The sirens sounded at 5:30 and the raid killed no one.");
    }

    @Test
    void noDistances() throws Exception
    {
        assertCasualties("Shells fell 15 km from the front.");
    }

    @Test
    void noMoney() throws Exception
    {
        assertCasualties("The damage cost $40 million.");
    }

    @Test
    void noPercentages() throws Exception
    {
        assertCasualties("Turnout was 45 percent and 12% voted against.");
    }

    @Test
    void noVoteCounts() throws Exception
    {
        assertCasualties("The council voted 9 to 4 to condemn the killings.");
    }

    @Test
    void noYearsOfWar() throws Exception
    {
        assertCasualties("After nine years of war, the killing continues.");
    }

    @Test
    void noZeroStatements() throws Exception
    {
        assertCasualties("No casualties were reported and none were killed. Zero soldiers died.");
    }

    @Test
    void noAnimals() throws Exception
    {
        assertCasualties("The strike killed 30 sheep.");
    }

    @Test
    void noNamedIndividual() throws Exception
    {
        assertCasualties("Colonel Ivan Petrov was killed.");
    }

    @Test
    void noCountWithoutStatus() throws Exception
    {
        assertCasualties("Nine people were aboard the boat.");
    }

    @Test
    void noRoleAfterAs() throws Exception
    {
        assertCasualties("Residents described him as a commander killed in action.");
    }

    @Test
    void participlePhraseBetweenCountAndPredicate() throws Exception
    {
        assertCasualties("Two guards manning the gate were wounded.",
                "[  0, 10]CasualtyCount(count=2, qualifier=EXACT, status=INJURED, victims=guards) \"Two guards\"");
    }

    @Test
    void numberOfThoseKilledRoseTo() throws Exception
    {
        assertCasualties("The number of those killed in the raids rose to 2,100.",
                "[ 48, 53]CasualtyCount(count=2100, qualifier=EXACT, status=KILLED) \"2,100\"");
    }

    @Test
    void dashesAroundASubset() throws Exception
    {
        assertCasualties("The strike wounded 19 - among them four children - and damaged a school.",
                "[ 19, 21]CasualtyCount(count=19, qualifier=EXACT, status=INJURED) \"19\"",
                "[ 35, 48]CasualtyCount(count=4, qualifier=EXACT, status=INJURED, victims=children) \"four children\"");
    }

    @Test
    void possessiveAfterAnd() throws Exception
    {
        assertCasualties("Ten people died, including a nurse and her two sons.",
                "[  0, 10]CasualtyCount(count=10, qualifier=EXACT, status=KILLED, victims=people) \"Ten people\"",
                "[ 27, 34]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=nurse) \"a nurse\"",
                "[ 43, 51]CasualtyCount(count=2, qualifier=EXACT, status=KILLED, victims=sons) \"two sons\"");
    }

    @Test
    void drownedIsKilled() throws Exception
    {
        assertCasualties("Twelve migrants, mostly women, drowned off the coast.",
                "[  0, 15]CasualtyCount(count=12, qualifier=EXACT, status=KILLED, victims=migrants) \"Twelve migrants\"");
    }

    @Test
    void headlineWithoutAuxiliaries() throws Exception
    {
        assertCasualties("Five killed, 20 hurt as rocket hits market",
                "[  0,  4]CasualtyCount(count=5, qualifier=EXACT, status=KILLED) \"Five\"",
                "[ 13, 15]CasualtyCount(count=20, qualifier=EXACT, status=INJURED) \"20\"");
    }

    @Test
    void predicateOverridesThePartitiveStatusNoun() throws Exception
    {
        assertCasualties("One of the wounded later died in hospital.",
                "[  0, 18]CasualtyCount(count=1, qualifier=EXACT, status=KILLED) \"One of the wounded\"");
    }

    @Test
    void provenanceNamesTheRuleAndTheWordItReliedOn() throws Exception
    {
        JCas jcas = TestRunner.run("Rebels abducted 40 students, including a teacher.",
                createEngineDescription(CasualtyAnnotator.class));
        assertEquals(List.of("casualty/status-word-before; evidence=abducted",
                "casualty/part-of-earlier-count; evidence=including [40 students]"),
                JCasUtil.select(jcas, CasualtyCount.class).stream()
                        .map(CasualtyCount::getProvenance).collect(Collectors.toList()));
    }

    private static void assertCasualties(String text, String... expected) throws Exception
    {
        assertAnnotations(TestRunner.run(text, createEngineDescription(CasualtyAnnotator.class)),
                CasualtyCount.class, expected);
    }
    @Test
    void hyphenatedVictimNoun() throws Exception
    {
        assertCasualties("The blast wounded two passers-by.",
                "[ 18, 32]CasualtyCount(count=2, qualifier=EXACT, status=INJURED, victims=passers-by) \"two passers-by\"");
    }
}
