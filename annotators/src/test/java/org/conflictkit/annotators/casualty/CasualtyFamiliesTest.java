package org.conflictkit.annotators.casualty;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.CasualtyCount;
import org.junit.jupiter.api.Test;

/**
 * Families of casualty expressions beyond a numeral next to its status word: single victims,
 * counts linked to their status over a copula or "brings to N the number of", members of a
 * listed group, vague amounts, and the same text in capitals.
 */
class CasualtyFamiliesTest
{
    @Test
    void singleVictimCoordinatedWithAnUncountedOne() throws Exception
    {
        assertCasualties("A teacher and his daughter were killed in the shelling.",
                "[  0,  9]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=teacher) \"A teacher\"");
    }

    @Test
    void anotherVictimCountsOne() throws Exception
    {
        assertCasualties("Another policeman was wounded on Friday. Another convoy was hit.",
                "[  0, 17]CasualtyCount(count=1, qualifier=EXACT, status=INJURED, victims=policeman) \"Another policeman\"");
    }

    /** One person as the subject of an active violent verb is its agent, in any casing. */
    @Test
    void singleSubjectOfAnActiveVerbIsTheAgent() throws Exception
    {
        String text = "Omar Said and another man abducted Rami Haddad from his farm. "
                + "A third man seized him later. A guard killed on Monday was buried. "
                + "Another man was abducted in the raid.";
        List<String> cased = describe(text);
        assertEquals(List.of(
                "92-99 1 EXACT KILLED guard casualty/status-right-after",
                "129-140 1 EXACT CAPTURED man casualty/predicate-after"), cased);
        assertEquals(cased, describe(text.toUpperCase(Locale.ROOT)));
    }

    @Test
    void singleVictimWithAnAge() throws Exception
    {
        assertCasualties("A 9-year-old girl died of her wounds. A 30-year-old was detained.",
                "[  0, 17]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=girl) \"A 9-year-old girl\"");
    }

    @Test
    void bringsToTheNumberOf() throws Exception
    {
        assertCasualties("Tuesday's raid brought to 17 the number of guards killed at the camp.",
                "[ 26, 28]CasualtyCount(count=17, qualifier=EXACT, status=KILLED, victims=guards) \"17\"");
    }

    @Test
    void theNumberOfRoseToACount() throws Exception
    {
        assertCasualties("The number of villagers wounded in the attacks has risen to 48.",
                "[ 60, 62]CasualtyCount(count=48, qualifier=EXACT, status=INJURED, victims=villagers) \"48\"");
    }

    @Test
    void noNumberOfWithoutAStatus() throws Exception
    {
        assertCasualties("The number of people displaced rose to 5,000.");
    }

    @Test
    void inHospitalIsInjured() throws Exception
    {
        assertCasualties("Eleven were still in hospital on Monday. The other six were discharged "
                + "from hospital.",
                "[  0,  6]CasualtyCount(count=11, qualifier=EXACT, status=INJURED) \"Eleven\"",
                "[ 51, 54]CasualtyCount(count=6, qualifier=EXACT, status=INJURED) \"six\"");
    }

    @Test
    void sufferedInjuriesIsInjured() throws Exception
    {
        assertCasualties("Thirteen people suffered minor injuries and two sustained gunshot wounds. "
                + "Hostages in hospitals were freed.",
                "[  0, 15]CasualtyCount(count=13, qualifier=EXACT, status=INJURED, victims=people) \"Thirteen people\"",
                "[ 44, 47]CasualtyCount(count=2, qualifier=EXACT, status=INJURED) \"two\"");
    }

    @Test
    void noneReleasedWithoutHospital() throws Exception
    {
        assertCasualties("The remaining 14 passengers were released.");
    }

    @Test
    void lyingDeadIsKilled() throws Exception
    {
        assertCasualties("His three brothers lay dead in the yard.",
                "[  4, 18]CasualtyCount(count=3, qualifier=EXACT, status=KILLED, victims=brothers) \"three brothers\"");
    }

    @Test
    void memberOfAListedGroup() throws Exception
    {
        assertCasualties("The dead included six villagers, among them a 14-year-old girl.",
                "[ 18, 31]CasualtyCount(count=6, qualifier=EXACT, status=KILLED, victims=villagers) \"six villagers\"",
                "[ 44, 62]CasualtyCount(count=1, qualifier=EXACT, status=KILLED, victims=girl) \"a 14-year-old girl\"");
    }

    @Test
    void vagueAmounts() throws Exception
    {
        assertCasualties("Scores were hurt when the roof collapsed. The shelling caused dozens of "
                + "casualties. Several guards were wounded. Many residents fled the town.",
                "[  0,  6]CasualtyCount(count=-1, qualifier=VAGUE, status=INJURED) \"Scores\"",
                "[ 62, 82]CasualtyCount(count=-1, qualifier=VAGUE, status=CASUALTIES) \"dozens of casualties\"",
                "[ 84, 98]CasualtyCount(count=-1, qualifier=VAGUE, status=INJURED, victims=guards) \"Several guards\"");
    }

    /** Wire text in capitals gives the same spans, counts, statuses and rules as the cased text. */
    @Test
    void capitalsGiveTheSameCounts() throws Exception
    {
        String text = "A teacher and his daughter were killed. An elderly man was wounded. "
                + "The raid brought to 17 the number of guards killed. "
                + "The dead included six villagers, among them a 14-year-old girl. "
                + "Several police academy students were hurt.";
        List<String> cased = describe(text);
        assertEquals(List.of(
                "0-9 1 EXACT KILLED teacher casualty/predicate-after",
                "40-54 1 EXACT INJURED man casualty/predicate-after",
                "88-90 17 EXACT KILLED guards casualty/count-of-the-number-of",
                "138-151 6 EXACT KILLED villagers casualty/status-word-before",
                "164-182 1 EXACT KILLED girl casualty/part-of-earlier-count",
                "184-215 -1 VAGUE INJURED students casualty/predicate-after"), cased);
        assertEquals(cased, describe(text.toUpperCase(Locale.ROOT)));
    }

    /** Offsets, count, qualifier, status, victims (lower-cased) and rule of each count. */
    private static List<String> describe(String text) throws Exception
    {
        JCas jcas = TestRunner.run(text, createEngineDescription(CasualtyAnnotator.class));
        return JCasUtil.select(jcas, CasualtyCount.class).stream()
                .map(c -> c.getBegin() + "-" + c.getEnd() + " " + c.getCount() + " "
                        + c.getQualifier() + " " + c.getStatus() + " "
                        + c.getVictims().toLowerCase(Locale.ROOT) + " "
                        + c.getProvenance().split(";")[0])
                .collect(Collectors.toList());
    }

    private static void assertCasualties(String text, String... expected) throws Exception
    {
        assertAnnotations(TestRunner.run(text, createEngineDescription(CasualtyAnnotator.class)),
                CasualtyCount.class, expected);
    }
}
