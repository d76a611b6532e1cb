package org.conflictkit.annotators.location;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.DecisionLog.Decision;
import org.conflictkit.annotators.rules.DecisionLog.Verdict;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Location;
import org.junit.jupiter.api.Test;

/** The location engine's named rules and its resolution weights as parameters. */
class LocationRulesTest
{
    @Test
    void rejectRulesAreTriedInTheirDocumentedOrder()
    {
        // The lists hold only the rules; no resources are needed to read their names.
        LocationRules rules = new LocationRules(null, 0, 0);
        assertEquals(List.of("demonym", "not-a-place", "inside-hyphenated-name",
                "pattern-in-headline", "person-title", "after-given-name", "given-name",
                "organisation-head", "news-medium",
                "surname-after-name", "known-person", "acronym", "inside-longer-name",
                "after-capitalised-word"),
                rules.rejectRules.stream().map(LocationRules.Rule::name).toList());
        assertEquals(List.of("cue", "after", "possessive-of", "known-name"),
                rules.acceptRules.stream().map(LocationRules.Rule::name).toList());
        assertEquals(List.of("coordinated-with", "named-elsewhere", "in-document-country"),
                rules.weakRules.stream().map(LocationRules.Rule::name).toList());
    }

    @Test
    void aTitleBeforeACountryNameMakesItAPerson() throws Exception
    {
        List<Decision> decisions = new ArrayList<>();
        JCas jcas = runRecording("President Jordan Smith said the talks would resume.",
                decisions);
        assertEquals(List.of(), select(jcas, Location.class).stream()
                .map(Location::getCoveredText).toList());
        assertEquals(List.of(
                new Decision(10, 16, Verdict.REJECTED,
                        "location/person-title; candidate=gazetteer; evidence=President"),
                new Decision(17, 22, Verdict.REJECTED,
                        "location/after-given-name; candidate=gazetteer; evidence=Jordan")),
                decisions);
    }

    @Test
    void aNameBeforeANounOfNewsMediaIsTheMediumEverywhereInTheText() throws Exception
    {
        List<Decision> decisions = new ArrayList<>();
        JCas jcas = runRecording("Floods hit Sichuan province, the Xinhua news agency said. "
                + "Two villages were cut off, according to Xinhua.", decisions);
        assertEquals(List.of("Sichuan province"), select(jcas, Location.class).stream()
                .map(Location::getCoveredText).toList());
        assertEquals(List.of(
                new Decision(33, 39, Verdict.REJECTED,
                        "location/news-medium; candidate=gazetteer; evidence=news agency"),
                new Decision(98, 104, Verdict.REJECTED,
                        "location/news-medium; candidate=gazetteer; evidence=news agency")),
                decisions.stream().filter(d -> d.verdict() == Verdict.REJECTED).toList());
    }

    @Test
    void accordingToNamesASourceNotAPlace() throws Exception
    {
        // "to" is evidence of a place ("flew to Metro"), but not after "according"
        assertAnnotations(TestRunner.run("Rates will rise next year, according to Metro.",
                createEngineDescription(LocationAnnotator.class)), Location.class);
    }

    /** Runs the location engine on {@code text}, adding its decisions to {@code decisions}. */
    private static JCas runRecording(String text, List<Decision> decisions) throws Exception
    {
        List<JCas> result = new ArrayList<>();
        decisions.addAll(DecisionLog.record(() -> result.add(
                TestRunner.run(text, createEngineDescription(LocationAnnotator.class)))));
        return result.get(0);
    }

    private static final String TRIPOLI = "Clashes erupted in Tripoli on Monday. "
            + "Lebanon's army said it had restored calm.";

    @Test
    void theDocumentsCountryChoosesAmongNamesakesByDefault() throws Exception
    {
        JCas jcas = TestRunner.run(TRIPOLI, createEngineDescription(LocationAnnotator.class));
        assertAnnotations(jcas, Location.class,
                "[ 19, 26]Location(kind=CITY, countryCode=LB, geonamesId=266826) \"Tripoli\"",
                "[ 38, 45]Location(kind=COUNTRY, countryCode=LB, geonamesId=272103) \"Lebanon\"");
    }

    @Test
    void aLargerPopulationPriorChoosesTheLargerNamesake() throws Exception
    {
        // Libya's capital (1.15 million) outweighs Lebanon's Tripoli (229,000) and the one
        // mention of Lebanon once population counts ten times as much.
        JCas jcas = TestRunner.run(TRIPOLI, createEngineDescription(LocationAnnotator.class,
                LocationAnnotator.PARAM_WEIGHT_POPULATION_PRIOR, 10.0));
        assertAnnotations(jcas, Location.class,
                "[ 19, 26]Location(kind=CITY, countryCode=LY, geonamesId=2210247) \"Tripoli\"",
                "[ 38, 45]Location(kind=COUNTRY, countryCode=LB, geonamesId=272103) \"Lebanon\"");
        Location tripoli = select(jcas, Location.class).iterator().next();
        assertEquals("location/gazetteer; evidence=after:in; resolved=geonames:PPLC; "
                + "name=Tripoli", tripoli.getProvenance());
    }
}
