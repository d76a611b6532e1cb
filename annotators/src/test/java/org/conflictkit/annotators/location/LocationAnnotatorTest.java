package org.conflictkit.annotators.location;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.selectSingleAt;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Location;
import org.junit.jupiter.api.Test;

class LocationAnnotatorTest
{
    private static JCas run(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(LocationAnnotator.class));
    }

    private static void check(String text, String... expected) throws Exception
    {
        assertAnnotations(run(text), Location.class, expected);
    }

    @Test
    void anEventNamedAfterAPlaceTagsThePlaceNotTheEvent() throws Exception
    {
        check("Veterans of the Battle of Fredericksburg and of the siege of Leningrad met.",
                "[ 26, 40]Location(kind=CITY, countryCode=US, geonamesId=4760059) \"Fredericksburg\"",
                "[ 61, 70]Location(kind=CITY, countryCode=RU, geonamesId=498817) \"Leningrad\"");
    }

    @Test
    void countriesByShortNames() throws Exception
    {
        check("The U.S. and Britain sent aid to the DRC.",
                "[  4,  8]Location(kind=COUNTRY, countryCode=US, geonamesId=6252001) \"U.S.\"",
                "[ 13, 20]Location(kind=COUNTRY, countryCode=GB, geonamesId=2635167) \"Britain\"",
                "[ 37, 40]Location(kind=COUNTRY, countryCode=CD, geonamesId=203312) \"DRC\"");
    }

    @Test
    void countriesAtTheirGeoNamesPointDivisionsInsideTheirArea() throws Exception
    {
        JCas jcas = run("Shelling hit the Donetsk region of Ukraine.");
        Location region = selectSingleAt(jcas, Location.class, 17, 31);
        Location country = selectSingleAt(jcas, Location.class, 35, 42);
        assertAll(
                () -> assertEquals(709716, region.getGeonamesId()),
                // Donetsk Oblast lies between 46.9 and 49.3 N, 36.5 and 39.0 E
                () -> assertTrue(region.getLatitude() > 46.9 && region.getLatitude() < 49.3,
                        "latitude " + region.getLatitude()),
                () -> assertTrue(region.getLongitude() > 36.5 && region.getLongitude() < 39.0,
                        "longitude " + region.getLongitude()),
                () -> assertEquals(690791, country.getGeonamesId()),
                () -> assertPoint(country, 49.0, 32.0, 0.001));
    }

    @Test
    void largeUnevenlySettledDivisionsSitNearTheMiddleOfTheirArea() throws Exception
    {
        // most of Ontario's and Queensland's towns lie in their south-east corners
        JCas jcas = run("Wildfires burned across Ontario and Queensland this summer.");
        assertAnnotations(jcas, Location.class,
                "[ 24, 31]Location(kind=REGION, countryCode=CA, geonamesId=6093943) \"Ontario\"",
                "[ 36, 46]Location(kind=REGION, countryCode=AU, geonamesId=2152274) \"Queensland\"");
        Location ontario = selectSingleAt(jcas, Location.class, 24, 31);
        Location queensland = selectSingleAt(jcas, Location.class, 36, 46);
        assertAll(
                () -> assertEquals(50.0, ontario.getLatitude(), 2.0),
                () -> assertEquals(-86.0, ontario.getLongitude(), 3.0),
                () -> assertPoint(queensland, -22.0, 144.5, 2.5));
    }

    @Test
    void districtsOfACityAreTheCity() throws Exception
    {
        check("Shells hit districts of Nyala, the capital of South Darfur state. Missiles struck "
                + "eastern districts of Kharkiv.",
                "[ 24, 29]Location(kind=CITY, countryCode=SD, geonamesId=369004) \"Nyala\"",
                "[ 46, 64]Location(kind=REGION, countryCode=SD, geonamesId=408660) \"South Darfur state\"",
                "[103,110]Location(kind=CITY, countryCode=UA, geonamesId=706483) \"Kharkiv\"");
    }

    @Test
    void unknownNamesAfterPlacePrepositions() throws Exception
    {
        check("Rebels pushed toward Kibarizo and shelled homes near Lower Ndosho. The "
                + "committee in Kibarizo met in Parliament, in Kagame's office and in NATO. "
                + "Fighters in Fano-held villages of Ethiopia's Amhara region cited Article 5.",
                "[ 21, 29]Location(kind=CITY, countryCode=ET) \"Kibarizo\"",
                "[ 53, 65]Location(kind=CITY, countryCode=ET) \"Lower Ndosho\"",
                "[ 84, 92]Location(kind=CITY, countryCode=ET) \"Kibarizo\"",
                "[178,186]Location(kind=COUNTRY, countryCode=ET, geonamesId=337996) \"Ethiopia\"",
                "[189,202]Location(kind=REGION, countryCode=ET, geonamesId=444180) \"Amhara region\"");
    }

    @Test
    void namesAfterASingularHeadTakeNoList() throws Exception
    {
        check("A tanker was hit off the port of Kelbarnaya, United Kingdom Maritime Trade "
                + "Operations said.",
                "[ 33, 43]Location(kind=CITY, countryCode=GB) \"Kelbarnaya\"",
                "[ 45, 59]Location(kind=COUNTRY, countryCode=GB, geonamesId=2635167) \"United Kingdom\"");
    }

    @Test
    void namesWithParticlesAndHyphenatedPersonNames() throws Exception
    {
        check("Tanks rolled through Souq al-Baraka and shells fell near Vila da Ponte.",
                "[ 21, 35]Location(kind=CITY, countryCode=XX) \"Souq al-Baraka\"",
                "[ 57, 70]Location(kind=CITY, countryCode=XX) \"Vila da Ponte\"");
        check("Yael Ben-Ami spoke of the Russia-Ukraine war near Roman ruins.",
                "[ 26, 32]Location(kind=COUNTRY, countryCode=RU, geonamesId=2017370) \"Russia\"",
                "[ 33, 40]Location(kind=COUNTRY, countryCode=UA, geonamesId=690791) \"Ukraine\"");
    }

    @Test
    void curatedWaterwaysKeepTheirCountry() throws Exception
    {
        check("Ships avoided the Suez Canal while herders fled toward Lake Chad.",
                "[ 18, 28]Location(kind=GEO_FEATURE, countryCode=EG) \"Suez Canal\"",
                "[ 55, 64]Location(kind=GEO_FEATURE, countryCode=XX) \"Lake Chad\"");
    }

    @Test
    void featuresNamedAfterTheirPrefix() throws Exception
    {
        check("Ash from Mount Karuvanda fell on Lake Selbu and Mt. Oyo.",
                "[  9, 24]Location(kind=GEO_FEATURE, countryCode=XX) \"Mount Karuvanda\"",
                "[ 33, 43]Location(kind=GEO_FEATURE, countryCode=XX) \"Lake Selbu\"",
                "[ 48, 55]Location(kind=GEO_FEATURE, countryCode=XX) \"Mt. Oyo\"");
        check("The storm flooded parts of Lake Charles.",
                "[ 27, 39]Location(kind=CITY, countryCode=US, geonamesId=4330236) \"Lake Charles\"");
    }

    @Test
    void bareCongoResolvedByTheDocumentsOtherPlaces() throws Exception
    {
        check("Fighting near Goma in North Kivu: the U.N. mission in Congo said.",
                "[ 14, 18]Location(kind=CITY, countryCode=CD, geonamesId=216281) \"Goma\"",
                "[ 22, 32]Location(kind=REGION, countryCode=CD, geonamesId=206938) \"North Kivu\"",
                "[ 54, 59]Location(kind=COUNTRY, countryCode=CD, geonamesId=203312) \"Congo\"");
        check("Troops in Brazzaville patrolled; Congo closed its border.",
                "[ 10, 21]Location(kind=CITY, countryCode=CG, geonamesId=2260535) \"Brazzaville\"",
                "[ 33, 38]Location(kind=COUNTRY, countryCode=CG, geonamesId=2260494) \"Congo\"");
    }

    @Test
    void peoplesNamedLikeTheirRegionsAreTheRegionWithEvidence() throws Exception
    {
        check("Amhara militias fought in Amhara, and Ethiopia's Amhara mourned the Amhara dead.",
                "[ 26, 32]Location(kind=REGION, countryCode=ET, geonamesId=444180) \"Amhara\"",
                "[ 38, 46]Location(kind=COUNTRY, countryCode=ET, geonamesId=337996) \"Ethiopia\"",
                "[ 49, 55]Location(kind=REGION, countryCode=ET, geonamesId=444180) \"Amhara\"");
    }

    @Test
    void firstLevelDivisionsWithTheirHeads() throws Exception
    {
        check("Shelling hit the Sumy region, Kharkiv Oblast and Zaporizhzhia province.",
                "[ 17, 28]Location(kind=REGION, countryCode=UA, geonamesId=692196) \"Sumy region\"",
                "[ 30, 44]Location(kind=REGION, countryCode=UA, geonamesId=706482) \"Kharkiv Oblast\"",
                "[ 49, 70]Location(kind=REGION, countryCode=UA, geonamesId=687699) \"Zaporizhzhia province\"");
    }

    @Test
    void facilitiesKeepTheirHead() throws Exception
    {
        check("Drones struck the Engels air base and Kramatorsk train station overnight.",
                "[ 18, 33]Location(kind=FACILITY, countryCode=RU) \"Engels air base\"",
                "[ 38, 62]Location(kind=FACILITY, countryCode=UA) \"Kramatorsk train station\"");
    }

    @Test
    void airportsNamedAfterPeopleAreTheAirportNotATownOfThatName() throws Exception
    {
        // "Pearson" alone would be a small town in Georgia (US); "Trudeau" none at all
        JCas jcas = run("The flight from Pearson International Airport was diverted to "
                + "Montreal-Pierre Elliott Trudeau International Airport.");
        assertAnnotations(jcas, Location.class,
                "[ 16, 45]Location(kind=FACILITY, countryCode=CA) \"Pearson International Airport\"",
                "[ 62,115]Location(kind=FACILITY, countryCode=CA) "
                        + "\"Montreal-Pierre Elliott Trudeau International Airport\"");
        Location toronto = selectSingleAt(jcas, Location.class, 16, 45);
        Location montreal = selectSingleAt(jcas, Location.class, 62, 115);
        assertAll(
                () -> assertPoint(toronto, 43.68, -79.63, 0.05),
                () -> assertPoint(montreal, 45.47, -73.74, 0.05),
                () -> assertTrue(toronto.getProvenance().contains("curated:airports.txt"),
                        toronto.getProvenance()));
    }

    @Test
    void aCityWithALowerCaseAirportHeadIsItsAirport() throws Exception
    {
        // the airport lies 5 km from the city's point; a facility the lists lack keeps the town
        JCas jcas = run("Crowds gathered at the Kabul airport, and shells hit the Pokrovsk "
                + "airport.");
        assertAnnotations(jcas, Location.class,
                "[ 23, 36]Location(kind=FACILITY, countryCode=AF) \"Kabul airport\"",
                "[ 57, 73]Location(kind=FACILITY, countryCode=UA) \"Pokrovsk airport\"");
        Location kabul = selectSingleAt(jcas, Location.class, 23, 36);
        Location pokrovsk = selectSingleAt(jcas, Location.class, 57, 73);
        assertAll(
                () -> assertPoint(kabul, 34.566, 69.212, 0.01),
                () -> assertTrue(kabul.getProvenance().contains("whole-name"),
                        kabul.getProvenance()),
                () -> assertTrue(pokrovsk.getProvenance().contains("geonames:"),
                        pokrovsk.getProvenance()));
    }

    @Test
    void britishCountiesInShireAreTheirDivisionWithoutAHead() throws Exception
    {
        JCas jcas = run("Floods closed roads in Cambridgeshire and Pembrokeshire on Sunday.");
        assertAnnotations(jcas, Location.class,
                "[ 23, 37]Location(kind=REGION, countryCode=GB) \"Cambridgeshire\"",
                "[ 42, 55]Location(kind=REGION, countryCode=GB) \"Pembrokeshire\"");
        Location cambridgeshire = selectSingleAt(jcas, Location.class, 23, 37);
        Location pembrokeshire = selectSingleAt(jcas, Location.class, 42, 55);
        assertAll(
                // Cambridgeshire lies between 52.0 and 52.8 N, Pembrokeshire west of 4.5 W
                () -> assertEquals(52.4, cambridgeshire.getLatitude(), 0.4),
                () -> assertEquals(0.0, cambridgeshire.getLongitude(), 0.5),
                () -> assertEquals(51.8, pembrokeshire.getLatitude(), 0.3),
                () -> assertTrue(pembrokeshire.getLongitude() < -4.5,
                        "longitude " + pembrokeshire.getLongitude()));
    }

    @Test
    void aTownsNameWithoutItsRiverIsItsOwnName() throws Exception
    {
        // "Newcastle" is an alternate name of Newcastle upon Tyne and the own name of a town in
        // Northern Ireland; in a story in Britain the city wins, as "Newcastle upon Tyne" would.
        // The same for Rostov-na-Donu ("Rostov-on-Don") and the town Rostov, near Yaroslavl.
        check("Fans travelled from Newcastle to London. Russia's Rostov was shelled.",
                "[ 20, 29]Location(kind=CITY, countryCode=GB, geonamesId=2641673) \"Newcastle\"",
                "[ 33, 39]Location(kind=CITY, countryCode=GB, geonamesId=2643743) \"London\"",
                "[ 41, 47]Location(kind=COUNTRY, countryCode=RU, geonamesId=2017370) \"Russia\"",
                "[ 50, 56]Location(kind=CITY, countryCode=RU, geonamesId=501175) \"Rostov\"");
    }

    @Test
    void twoNamesakesAbroadThatLieTogetherChooseEachOther() throws Exception
    {
        // Edmonton, Alberta and Enfield, Connecticut are the larger namesakes; the London
        // district and the town of the London borough lie 3 km apart. "Enfield" is an alternate
        // name of Enfield Town, its own name without "Town". In the first round each name's
        // London reading is remote from the other's first choice: they must not swap.
        check("Volunteers run a night shelter in Edmonton, one of five churches in Enfield"
                + " that take part.",
                "[ 34, 42]Location(kind=CITY, countryCode=GB, geonamesId=2650209) \"Edmonton\"",
                "[ 68, 75]Location(kind=CITY, countryCode=GB, geonamesId=2649997) \"Enfield\"");
    }

    @Test
    void aVillageFarFromEveryPlaceOfTheStoryTakesTheStorysTown() throws Exception
    {
        // Every "Crescent" of the gazetteer is a small American town, 7,000 km from the London
        // districts: it is a place the gazetteer lacks, in the country of the story's towns.
        JCas jcas = run("Pupils from Edmonton walked to Crescent with teachers from Enfield.");
        Location crescent = selectSingleAt(jcas, Location.class, 31, 39);
        assertAll(() -> assertEquals("GB", crescent.getCountryCode()),
                () -> assertEquals(0, crescent.getGeonamesId()),
                () -> assertPoint(crescent, 51.6256, -0.058, 0.001),
                () -> assertTrue(crescent.getProvenance().contains(
                        "foreign-village-dropped:Crescent@US+country-from-story+point-near:Edmonton"),
                        crescent.getProvenance()));
    }

    @Test
    void anUnresolvedNameTakesTheCountryChosenForItsContainer() throws Exception
    {
        // "Enfield" after the comma is the container; before, its first reading (Australia's)
        // gave the country, as it was resolved only after "Crescent".
        JCas jcas = run("Pupils in Edmonton planted trees in the Crescent, a project of Enfield"
                + " Council.");
        Location crescent = selectSingleAt(jcas, Location.class, 40, 48);
        assertAll(() -> assertEquals("GB", crescent.getCountryCode()),
                () -> assertTrue(crescent.getProvenance().contains("+country-from-context"),
                        crescent.getProvenance()));
    }

    @Test
    void smallNamesakesOfOneCountryAreNoEvidenceOfIt() throws Exception
    {
        // Both towns named "Middlesex" are small and American: the name says nothing certain of
        // the story's country, so St. Thomas, Ontario is no foreign town named without evidence.
        check("St. Thomas police reported two overdoses. Paramedics in Middlesex were called"
                + " twice.",
                "[  0, 10]Location(kind=CITY, countryCode=CA, geonamesId=6158357) \"St. Thomas\"",
                "[ 56, 65]Location(kind=CITY, countryCode=CA) \"Middlesex\"");
    }

    @Test
    void aDatelineVillageAndTheVillagesOfItsStateStayAbroad() throws Exception
    {
        // Mexico is the story's main country; Bantam and Litchfield are Connecticut villages.
        check("BANTAM \u2014 A family returned from Mexico on Friday after a month in Mexico.",
                "[  0,  6]Location(kind=CITY, countryCode=US, geonamesId=5281876) \"BANTAM\"",
                "[ 32, 38]Location(kind=COUNTRY, countryCode=MX, geonamesId=3996063) \"Mexico\"",
                "[ 66, 72]Location(kind=COUNTRY, countryCode=MX, geonamesId=3996063) \"Mexico\"");
        check("A family in Bantam returned from Mexico on Friday after a month in Mexico, their"
                + " neighbours in Litchfield said.",
                "[ 12, 18]Location(kind=CITY, countryCode=US, geonamesId=5281876) \"Bantam\"",
                "[ 33, 39]Location(kind=COUNTRY, countryCode=MX, geonamesId=3996063) \"Mexico\"",
                "[ 67, 73]Location(kind=COUNTRY, countryCode=MX, geonamesId=3996063) \"Mexico\"",
                "[ 95,105]Location(kind=CITY, countryCode=US, geonamesId=4837799) \"Litchfield\"");
    }

    @Test
    void anAbbreviatedFirstWordThatGeoNamesListsForAPlaceIsItsOwnName() throws Exception
    {
        // "St. Paul" is an alternate name of Saint Paul, Minnesota, a state capital, and the own
        // name of a town in Alberta; the capital wins, as "Saint Paul" would.
        check("The council met in St. Paul on Monday.",
                "[ 19, 27]Location(kind=CITY, countryCode=US, geonamesId=5045360) \"St. Paul\"");
    }

    @Test
    void aDivisionBeatsATownElsewhereNamedAfterItButNotItsOwnCity() throws Exception
    {
        // Delaware, Ohio is a town named after the state; Kharkiv the city lies in its oblast
        check("The buyer is a Delaware company, the filing shows. Shelling hit Kharkiv.",
                "[ 15, 23]Location(kind=REGION, countryCode=US, geonamesId=4142224) \"Delaware\"",
                "[ 64, 71]Location(kind=CITY, countryCode=UA, geonamesId=706483) \"Kharkiv\"");
    }

    @Test
    void personNamesAndTitlesAreNotPlaces() throws Exception
    {
        check("General Syrskyi said President Zelensky would meet Dmitry Peskov in Jordan.",
                "[ 68, 74]Location(kind=COUNTRY, countryCode=JO, geonamesId=248816) \"Jordan\"");
    }

    @Test
    void givenNameBeforeACapitalisedWordIsAPerson() throws Exception
    {
        check("Jordan Peterson spoke in Jordan on Monday.",
                "[ 25, 31]Location(kind=COUNTRY, countryCode=JO, geonamesId=248816) \"Jordan\"");
    }

    @Test
    void demonymsAreNotPlaces() throws Exception
    {
        check("Russian and Ukrainian officials met Syrian envoys.");
    }

    @Test
    void commonWordsNeedEvidence() throws Exception
    {
        check("Officials in Nice said Mobile units were Reading the reports.",
                "[ 13, 17]Location(kind=CITY, countryCode=FR, geonamesId=2990440) \"Nice\"");
    }

    @Test
    void titleCaseHeadlineWordsAreNotCandidates() throws Exception
    {
        check("Drone Strikes Hit Energy Grid Near Kharkiv As Talks Stall",
                "[ 35, 42]Location(kind=CITY, countryCode=UA, geonamesId=706483) \"Kharkiv\"");
    }

    @Test
    void placeWordsInsideOrganisationNames() throws Exception
    {
        check("The Gaza Health Ministry blamed Iran-backed militants and Tehreek-e-Taliban Pakistan.",
                "[  4,  8]Location(kind=REGION, countryCode=PS, geonamesId=281132) \"Gaza\"",
                "[ 32, 36]Location(kind=COUNTRY, countryCode=IR, geonamesId=130758) \"Iran\"");
        check("Islamic State Mozambique Province and the South Sudan People's Defence Forces "
                + "fought along the Line of Control.",
                "[ 95,110]Location(kind=OTHER, countryCode=XX) \"Line of Control\"");
    }

    @Test
    void metonymicUsesAreLocations() throws Exception
    {
        check("Moscow denied the report and the Kremlin said Russia would respond.",
                "[  0,  6]Location(kind=CITY, countryCode=RU, geonamesId=524901) \"Moscow\"",
                "[ 33, 40]Location(kind=FACILITY, countryCode=RU) \"Kremlin\"",
                "[ 46, 52]Location(kind=COUNTRY, countryCode=RU, geonamesId=2017370) \"Russia\"");
    }

    @Test
    void adjacentRegionResolvesAmbiguousTown() throws Exception
    {
        check("Fighting continued near Pokrovsk, in the Donetsk region.",
                "[ 24, 32]Location(kind=CITY, countryCode=UA, geonamesId=704422) \"Pokrovsk\"",
                "[ 41, 55]Location(kind=REGION, countryCode=UA, geonamesId=709716) \"Donetsk region\"");
    }

    @Test
    void documentCountriesResolveSameNamedCities() throws Exception
    {
        check("Clashes erupted in Tripoli. Lebanon's army deployed in the north.",
                "[ 19, 26]Location(kind=CITY, countryCode=LB, geonamesId=266826) \"Tripoli\"",
                "[ 28, 35]Location(kind=COUNTRY, countryCode=LB, geonamesId=272103) \"Lebanon\"");
    }

    @Test
    void coordinatedNamesBeforePluralRegionHead() throws Exception
    {
        check("Drones hit the Bryansk and Kursk regions of Russia.",
                "[ 15, 22]Location(kind=REGION, countryCode=RU, geonamesId=571473) \"Bryansk\"",
                "[ 27, 32]Location(kind=REGION, countryCode=RU, geonamesId=538555) \"Kursk\"",
                "[ 44, 50]Location(kind=COUNTRY, countryCode=RU, geonamesId=2017370) \"Russia\"");
    }

    @Test
    void unknownNameAfterSettlementHead() throws Exception
    {
        check("Militants attacked the village of Kelbarnaya and later Kelbarnaya again, Iraq said.",
                "[ 34, 44]Location(kind=CITY, countryCode=IQ) \"Kelbarnaya\"",
                "[ 55, 65]Location(kind=CITY, countryCode=IQ) \"Kelbarnaya\"",
                "[ 73, 77]Location(kind=COUNTRY, countryCode=IQ, geonamesId=99237) \"Iraq\"");
    }

    @Test
    void settlementHeadIsLeftOut() throws Exception
    {
        check("Troops entered Dorvanka village, south of Mosul.",
                "[ 15, 23]Location(kind=CITY, countryCode=IQ) \"Dorvanka\"",
                "[ 42, 47]Location(kind=CITY, countryCode=IQ, geonamesId=99072) \"Mosul\"");
    }

    @Test
    void curatedRegionsAndSeas() throws Exception
    {
        check("Ships left the Black Sea for the Gaza Strip, while fighting went on in eastern Siberia.",
                "[ 15, 24]Location(kind=GEO_FEATURE, countryCode=XX) \"Black Sea\"",
                "[ 33, 43]Location(kind=REGION, countryCode=PS, geonamesId=281132) \"Gaza Strip\"",
                "[ 79, 86]Location(kind=REGION, countryCode=RU) \"Siberia\"");
    }

    @Test
    void continentsAtTheirGeoNamesPointWithTheirGeoNamesId() throws Exception
    {
        JCas jcas = run("Refugees reached Europe from Asia and Africa.");
        assertAnnotations(jcas, Location.class,
                "[ 17, 23]Location(kind=REGION, countryCode=XX, geonamesId=6255148) \"Europe\"",
                "[ 29, 33]Location(kind=REGION, countryCode=XX, geonamesId=6255147) \"Asia\"",
                "[ 38, 44]Location(kind=REGION, countryCode=XX, geonamesId=6255146) \"Africa\"");
        assertPoint(selectSingleAt(jcas, Location.class, 17, 23), 48.69096, 9.14062, 0.0001);
        assertPoint(selectSingleAt(jcas, Location.class, 29, 33), 29.84064, 89.29688, 0.0001);
    }

    /** The place's point lies within {@code tolerance} degrees of the one given. */
    private static void assertPoint(Location place, double latitude, double longitude,
            double tolerance)
    {
        assertAll(place.getCoveredText(),
                () -> assertEquals(latitude, place.getLatitude(), tolerance, "latitude"),
                () -> assertEquals(longitude, place.getLongitude(), tolerance, "longitude"));
    }

    @Test
    void aLegislatorsOrGovernorsPlaceIsTheRegion() throws Exception
    {
        check("Sen. Chuck Schumer of New York and Florida Senator Marco Rubio spoke.",
                "[ 22, 30]Location(kind=REGION, countryCode=US, geonamesId=5128638) \"New York\"",
                "[ 35, 42]Location(kind=REGION, countryCode=US, geonamesId=4155751) \"Florida\"");
    }

    @Test
    void leadingDirectionIsLeftOut() throws Exception
    {
        check("Strikes hit Eastern Ukraine and North Korea fired missiles.",
                "[ 20, 27]Location(kind=COUNTRY, countryCode=UA, geonamesId=690791) \"Ukraine\"",
                "[ 32, 43]Location(kind=COUNTRY, countryCode=KP, geonamesId=1873107) \"North Korea\"");
    }
    @Test
    void moreAdministrativeAndFacilityHeads() throws Exception
    {
        check("Troops entered Kachin state and Kalay township near the Rafah crossing.",
                "[ 15, 27]Location(kind=REGION, countryCode=MM, geonamesId=1321702) \"Kachin state\"",
                "[ 32, 46]Location(kind=REGION, countryCode=MM) \"Kalay township\"",
                "[ 56, 70]Location(kind=FACILITY, countryCode=PS) \"Rafah crossing\"");
    }

    @Test
    void directionalNamesOfDivisionsAndPeopleNamedRegions() throws Exception
    {
        check("Fighting spread from North Darfur to South Kordofan. Militias held the Amhara region.",
                "[ 21, 33]Location(kind=REGION, countryCode=SD, geonamesId=408666) \"North Darfur\"",
                "[ 37, 51]Location(kind=REGION, countryCode=SD, geonamesId=408661) \"South Kordofan\"",
                "[ 71, 84]Location(kind=REGION, countryCode=ET, geonamesId=444180) \"Amhara region\"");
    }

    @Test
    void upperCaseDatelinePlace() throws Exception
    {
        check("BUKAVU, Democratic Republic of the Congo — Rebels entered the city.",
                "[  0,  6]Location(kind=CITY, countryCode=CD, geonamesId=217831) \"BUKAVU\"",
                "[  8, 40]Location(kind=COUNTRY, countryCode=CD, geonamesId=203312) \"Democratic Republic of the Congo\"");
    }

    @Test
    void smallTownAbroadWithoutEvidenceIsNoPlace() throws Exception
    {
        check("Nigerian Super Tucano aircraft struck camps near Kaduna, Nigeria.",
                "[ 49, 55]Location(kind=CITY, countryCode=NG, geonamesId=2335727) \"Kaduna\"",
                "[ 57, 64]Location(kind=COUNTRY, countryCode=NG, geonamesId=2328926) \"Nigeria\"");
    }

    @Test
    void theDocumentsOtherPlacesChooseAmongSameNamedTowns() throws Exception
    {
        // Albany, New York is larger; the story's other towns all lie in Georgia.
        JCas jcas = run("Deputies in Albany arrested a man on Friday. He was later moved to a jail "
                + "in Valdosta, and his trial will be held in Tifton.");
        Location albany = selectSingleAt(jcas, Location.class, 12, 18);
        assertAll(() -> assertEquals("US", albany.getCountryCode()),
                () -> assertPoint(albany, 31.6, -84.2, 0.2),
                () -> assertTrue(albany.getProvenance().contains("+nearby-places"),
                        albany.getProvenance()));
    }

    @Test
    void aClusterOfSmallTownsWinsOverTheirLargerNamesakes() throws Exception
    {
        // Each name has a larger namesake elsewhere (Bethlehem, Pennsylvania; Dalton, Georgia);
        // together they are four neighbouring villages of New Hampshire.
        JCas jcas = run("Snowplows cleared roads in Bethlehem and Whitefield on Sunday, and crews "
                + "from Dalton and Carroll helped.");
        List<Location> towns = List.copyOf(JCasUtil.select(jcas, Location.class));
        assertEquals(4, towns.size());
        for (Location town : towns) {
            assertAll(town.getCoveredText(),
                    () -> assertEquals("US", town.getCountryCode()),
                    () -> assertPoint(town, 44.3, -71.6, 0.2));
        }
    }

    @Test
    void aVillageInTheDocumentsOwnCountryIsKept() throws Exception
    {
        // The only place of the story: nothing else points to its country, but it is no village
        // abroad either.
        check("A fire destroyed a barn in Francestown late on Friday.",
                "[ 27, 38]Location(kind=CITY, countryCode=US, geonamesId=5086321) \"Francestown\"");
    }

    @Test
    void aLargeCityIsNeverRemoteFromTheStory() throws Exception
    {
        // Madrid, Spain lies far from Lima and Quito; the smaller Madrid of Colombia does not.
        Location madrid = selectSingleAt(run("The minister flew from Lima to Quito and then on "
                + "to Madrid."), Location.class, 52, 58);
        assertAll(() -> assertEquals("ES", madrid.getCountryCode()),
                () -> assertPoint(madrid, 40.4, -3.7, 0.1));
    }

    @Test
    void anAdjectiveOfNationalityOutweighsTheDatelinesCountry() throws Exception
    {
        // Paris, Texas lies in the dateline's country; the passenger is French.
        JCas jcas = run("NEWARK, N.J. — A French passenger booked on a flight to Paris slept at "
                + "the airport, officials in New Jersey said.");
        Location paris = selectSingleAt(jcas, Location.class, 56, 61);
        assertAll(() -> assertEquals("FR", paris.getCountryCode()),
                () -> assertEquals(48.9, paris.getLatitude(), 0.1),
                () -> assertTrue(paris.getProvenance().contains("+demonym-country"),
                        paris.getProvenance()),
                () -> assertTrue(JCasUtil.select(jcas, Location.class).stream()
                        .noneMatch(l -> l.getCoveredText().equals("French"))));
    }

    @Test
    void aCommonWordNamingOnlyVillagesSaysNothingOfTheStorysCountry() throws Exception
    {
        // The gazetteer's villages called Crescent are all American; Edmonton, Kentucky is one
        // of the smaller namesakes that their country would have chosen.
        Location edmonton = selectSingleAt(run("Pupils from Edmonton planted flowers in the "
                + "Crescent on Friday."), Location.class, 12, 20);
        assertEquals("CA", edmonton.getCountryCode());
    }

    @Test
    void aStateTheDocumentNamesChoosesItsTown() throws Exception
    {
        // Georgia, the country, is larger; the story's towns all lie in the state.
        JCas jcas = run("Storms hit Georgia on Monday. Roofs were torn off in Albany, Valdosta "
                + "and Tifton.");
        Location georgia = selectSingleAt(jcas, Location.class, 11, 18);
        Location albany = selectSingleAt(jcas, Location.class, 53, 59);
        assertAll(() -> assertEquals("US", georgia.getCountryCode()),
                () -> assertEquals("REGION", georgia.getKind()),
                () -> assertEquals(31.6, albany.getLatitude(), 0.2),
                () -> assertTrue(albany.getProvenance().contains("+document-region"),
                        albany.getProvenance()));
    }

    @Test
    void aCapitalSaysNothingForTheSmallNamesakesNearIt() throws Exception
    {
        // Gainesville, Virginia lies 55 km from Washington; news names the capital from
        // anywhere, so the largest Gainesville, in Florida, stays the choice.
        JCas jcas = run("Officials in Washington praised the new clinic in Gainesville.");
        Location gainesville = selectSingleAt(jcas, Location.class, 50, 61);
        assertPoint(gainesville, 29.65, -82.32, 0.05);
    }

    @Test
    void aTownAndTheStateTheStoryNamesChooseEachOther() throws Exception
    {
        // Alone, "Gainesville" is the larger Gainesville, Florida and "Georgia" the country;
        // together they are Gainesville, Georgia and the state.
        JCas jcas = run("A tornado damaged homes near Gainesville on Tuesday. Georgia officials "
                + "asked for federal aid.");
        Location gainesville = selectSingleAt(jcas, Location.class, 29, 40);
        Location georgia = selectSingleAt(jcas, Location.class, 53, 60);
        assertAll(() -> assertPoint(gainesville, 34.30, -83.82, 0.05),
                () -> assertTrue(gainesville.getProvenance().contains("+document-region"),
                        gainesville.getProvenance()),
                () -> assertEquals("US", georgia.getCountryCode()),
                () -> assertEquals("REGION", georgia.getKind()));
    }

    @Test
    void aDivisionTheStoryNamesAgainAndAgainOutweighsOneNamedOnce() throws Exception
    {
        // Boone County, Kentucky is larger than Boone County, Indiana; the story is Indiana's.
        JCas jcas = run("Indiana reported more jobless claims in March. In Indiana, Boone County "
                + "fared best, officials in Indiana said, while Kentucky fared worse.");
        Location county = selectSingleAt(jcas, Location.class, 59, 71);
        assertAll(() -> assertPoint(county, 40.0, -86.5, 0.3),
                () -> assertTrue(county.getProvenance().contains("+document-region"),
                        county.getProvenance()));
    }

    @Test
    void aTownAndTheCountyTheStoryNamesChooseEachOther() throws Exception
    {
        // Lebanon, Pennsylvania and Boone County, Missouri are the largest of their names;
        // Lebanon, Indiana is the seat of Boone County, Indiana.
        JCas jcas = run("Voters in Lebanon will elect a new Boone County commissioner in May.");
        Location lebanon = selectSingleAt(jcas, Location.class, 10, 17);
        Location county = selectSingleAt(jcas, Location.class, 35, 47);
        assertAll(() -> assertPoint(lebanon, 40.05, -86.47, 0.05),
                () -> assertTrue(lebanon.getProvenance().contains("+document-county"),
                        lebanon.getProvenance()),
                () -> assertEquals("REGION", county.getKind()),
                () -> assertPoint(county, 40.05, -86.47, 0.3));
    }

    @Test
    void aCountyTheStoryNamesChoosesItsSeatOverLargerNamesakes() throws Exception
    {
        // Richmond, Virginia and Richmond, California are larger; Richmond, Kentucky is the seat
        // of Madison County, Kentucky (Madison County, Alabama is the largest of that name).
        JCas jcas = run("Police in Richmond said the driver was taken to the Madison County jail.");
        Location richmond = selectSingleAt(jcas, Location.class, 10, 18);
        Location county = selectSingleAt(jcas, Location.class, 52, 66);
        assertAll(() -> assertPoint(richmond, 37.75, -84.29, 0.05),
                () -> assertPoint(county, 37.7, -84.3, 0.3));
    }

    @Test
    void countiesAndParishesAreWholeNamesResolvedAsDivisions() throws Exception
    {
        // Eight states have a Fulton County; Atlanta lies in Georgia's.
        JCas jcas = run("Fulton County officials met in Atlanta. Flooding also closed roads "
                + "across Rapides Parish.");
        Location fulton = selectSingleAt(jcas, Location.class, 0, 13);
        Location rapides = selectSingleAt(jcas, Location.class, 74, 88);
        assertAll(() -> assertEquals("REGION", fulton.getKind()),
                () -> assertPoint(fulton, 33.8, -84.4, 0.5),
                () -> assertTrue(fulton.getProvenance().contains("resolved=geonames:ADM2"),
                        fulton.getProvenance()),
                () -> assertEquals("REGION", rapides.getKind()),
                () -> assertEquals("US", rapides.getCountryCode()),
                () -> assertEquals(31.2, rapides.getLatitude(), 0.5));
    }

    @Test
    void namesListedBeforeAPluralCountyHeadAreTheCounties() throws Exception
    {
        JCas jcas = run("Storm damage was reported in Warren, Clinton and Greene counties on "
                + "Tuesday.");
        List<Location> counties = List.copyOf(JCasUtil.select(jcas, Location.class));
        assertEquals(List.of("Warren", "Clinton", "Greene"),
                counties.stream().map(Location::getCoveredText).toList());
        for (Location county : counties) {
            assertAll(county.getCoveredText(), () -> assertEquals("REGION", county.getKind()),
                    () -> assertEquals("US", county.getCountryCode()),
                    () -> assertTrue(county.getProvenance().contains("evidence=division-list")
                            && county.getProvenance().contains("resolved=geonames:ADM2")
                            && county.getProvenance().contains(
                                    "name=" + county.getCoveredText() + " County"),
                            county.getProvenance()));
        }
    }

    @Test
    void aNameTheDocumentAlsoWritesAsACountyIsThatCountyAlone() throws Exception
    {
        JCas jcas = run("Licking County commissioners met on Monday. Roads across Licking stayed "
                + "closed after the flood.");
        Location county = selectSingleAt(jcas, Location.class, 0, 14);
        Location bare = selectSingleAt(jcas, Location.class, 57, 64);
        assertAll(() -> assertEquals("REGION", bare.getKind()),
                () -> assertEquals(county.getLatitude(), bare.getLatitude(), 0.001),
                () -> assertEquals(county.getLongitude(), bare.getLongitude(), 0.001),
                () -> assertPoint(bare, 40.1, -82.5, 0.3),
                () -> assertTrue(bare.getProvenance().contains("division-in-document"),
                        bare.getProvenance()));
    }

    @Test
    void peopleNamedByAGivenNameAnAgeOrARoleAreNotPlaces() throws Exception
    {
        // Hartford and Columbus are cities; here they are surnames, also when named alone.
        check("Police said Lisa Hartford, 41, was arrested in Macon. Hartford was released. "
                + "Detective Ray Columbus and coach Dana Lincoln spoke.",
                "[ 47, 52]Location(kind=CITY, countryCode=US, geonamesId=4207400) \"Macon\"");
    }

    @Test
    void theRestOfALongerNameAfterAPlaceIsNoPlace() throws Exception
    {
        // "Fire District" continues the name that starts with the parish.
        JCas jcas = run("A barn burned on Monday. Crews of the Rapides Parish Fire District put "
                + "out the blaze.");
        assertEquals(List.of("Rapides Parish"), JCasUtil.select(jcas, Location.class).stream()
                .map(Location::getCoveredText).toList());
    }

    @Test
    void wordsBeforeAKnownCountyAreNoPartOfItsName() throws Exception
    {
        // "Four" and "Former" are capitalised only because they open the sentence.
        JCas jcas = run("Four Fulton County deputies testified. Former Licking County officials "
                + "objected.");
        assertEquals(List.of("Fulton County", "Licking County"), JCasUtil.select(jcas,
                Location.class).stream().map(Location::getCoveredText).toList());
        for (Location county : JCasUtil.select(jcas, Location.class)) {
            assertAll(county.getCoveredText(), () -> assertEquals("REGION", county.getKind()),
                    () -> assertTrue(county.getProvenance().contains("resolved=geonames:ADM2"),
                            county.getProvenance()));
        }
    }

    @Test
    void aPlaceBeforeANumberedRoadIsThePlace() throws Exception
    {
        JCas jcas = run("Deputies closed Fulton County Road 12 after the crash.");
        Location county = selectSingleAt(jcas, Location.class, 16, 29);
        assertAll(() -> assertEquals(1, JCasUtil.select(jcas, Location.class).size()),
                () -> assertEquals("REGION", county.getKind()),
                () -> assertEquals(33.8, county.getLatitude(), 0.5),
                () -> assertTrue(county.getProvenance().startsWith("location/numbered-road"),
                        county.getProvenance()));
    }

    @Test
    void aHeadThatStartsAnOrganisationsNameLeavesThePlaceBeforeIt() throws Exception
    {
        JCas jcas = run("Members of the Valdosta City Council said they would thank officers "
                + "of the Tennessee Highway Patrol today.");
        assertEquals(List.of("Valdosta", "Tennessee"), JCasUtil.select(jcas, Location.class)
                .stream().map(Location::getCoveredText).toList());
        Location city = selectSingleAt(jcas, Location.class, 15, 23);
        Location state = selectSingleAt(jcas, Location.class, 75, 84);
        assertAll(() -> assertEquals("CITY", city.getKind()),
                () -> assertEquals(30.8, city.getLatitude(), 0.3),
                () -> assertTrue(city.getProvenance().startsWith(
                        "location/place-before-organisation; evidence=head:City"),
                        city.getProvenance()),
                () -> assertEquals("REGION", state.getKind()),
                () -> assertEquals("US", state.getCountryCode()));
    }

    @Test
    void aKnownNameAfterAFeaturePrefixEndsBeforeTheBuildingNamedAfterIt() throws Exception
    {
        JCas jcas = run("Residents met at the Mount Pleasant Civic Center on Monday evening.");
        assertEquals(List.of("Mount Pleasant"), JCasUtil.select(jcas, Location.class).stream()
                .map(Location::getCoveredText).toList());
        Location town = selectSingleAt(jcas, Location.class, 21, 35);
        assertAll(() -> assertEquals("CITY", town.getKind()),
                () -> assertTrue(town.getGeonamesId() > 0, town.getProvenance()));
    }

    @Test
    void aNameInCapitalsBeforeADashIsADateline() throws Exception
    {
        // The headline runs on into the dateline; the dash between spaces ends the name.
        JCas jcas = run("Storm closes schools. VALDOSTA - Lowndes County schools stayed closed.");
        Location dateline = selectSingleAt(jcas, Location.class, 22, 30);
        Location county = selectSingleAt(jcas, Location.class, 33, 47);
        assertAll(() -> assertEquals("CITY", dateline.getKind()),
                () -> assertPoint(dateline, 30.8, -83.3, 0.3),
                () -> assertTrue(dateline.getProvenance().startsWith("location/dash-dateline"),
                        dateline.getProvenance()),
                () -> assertEquals("REGION", county.getKind()));
    }

    @Test
    void aRiverTheGazetteerLacksTakesThePointOfTheStorysTownApproximately() throws Exception
    {
        JCas jcas = run("Divers searched the Wenzel River near Valdosta, Georgia, on Monday.");
        Location river = selectSingleAt(jcas, Location.class, 20, 32);
        Location town = selectSingleAt(jcas, Location.class, 38, 46);
        assertAll(() -> assertEquals("GEO_FEATURE", river.getKind()),
                () -> assertEquals(town.getLatitude(), river.getLatitude(), 1e-6),
                () -> assertEquals(town.getLongitude(), river.getLongitude(), 1e-6),
                () -> assertEquals(0, river.getGeonamesId()),
                () -> assertTrue(river.getProvenance().contains("+point-near:Valdosta"),
                        river.getProvenance()));
    }

    @Test
    void aRiverInAStoryWithoutATownStaysWithoutCoordinates() throws Exception
    {
        Location river = selectSingleAt(run("Divers searched the Wenzel River in Georgia."),
                Location.class, 20, 32);
        assertAll(() -> assertEquals(0f, river.getLatitude()),
                () -> assertEquals(0f, river.getLongitude()),
                () -> assertTrue(river.getProvenance().endsWith("country-from-context"),
                        river.getProvenance()));
    }

    @Test
    void streetsAreWholeNamesWithoutAGeoNamesId() throws Exception
    {
        JCas jcas = run("Deputies in Valdosta closed Dublin Road and Orchard Street.");
        Location road = selectSingleAt(jcas, Location.class, 28, 39);
        assertAll(() -> assertEquals("OTHER", road.getKind()),
                () -> assertEquals("US", road.getCountryCode()),
                () -> assertEquals(0, road.getGeonamesId()),
                () -> assertTrue(road.getProvenance().contains(
                        "resolved=unresolved+country-from-context"), road.getProvenance()),
                () -> assertEquals("Orchard Street",
                        selectSingleAt(jcas, Location.class, 44, 58).getCoveredText()));
    }

    @Test
    void organisationHeadsAndGivenNamesBeforeVillagesAreNoPlaces() throws Exception
    {
        // Gazetteers hold small places named University, Church, City, Hall and Wheeler.
        JCas jcas = run("Court ruling\n\nThe City Council met at City Hall in Tifton, near "
                + "Valdosta. The Catholic Church and the University of Valdosta must pay. Mary "
                + "Wheeler spoke.");
        assertEquals(List.of("Tifton", "Valdosta", "Valdosta"),
                JCasUtil.select(jcas, Location.class).stream()
                        .map(Location::getCoveredText).toList());
    }

    @Test
    void abbreviatedStateAfterAPlaceChoosesItsNamesakeAndIsARegion() throws Exception
    {
        check("Flooding closed roads in Albany, Ga., on Tuesday. Officials in Albany, N.Y. said "
                + "schools would open.",
                "[ 25, 31]Location(kind=CITY, countryCode=US, geonamesId=4179320) \"Albany\"",
                "[ 33, 36]Location(kind=REGION, countryCode=US, geonamesId=4197000) \"Ga.\"",
                "[ 63, 69]Location(kind=CITY, countryCode=US, geonamesId=5106834) \"Albany\"",
                "[ 71, 75]Location(kind=REGION, countryCode=US, geonamesId=5128638) \"N.Y.\"");
    }

    @Test
    void postalCodesAndProvinceAbbreviationsAfterAPlace() throws Exception
    {
        check("Students from Rochester, Minn. and Watertown, SD, met in Kingston, Ont. on Friday.",
                "[ 14, 23]Location(kind=CITY, countryCode=US, geonamesId=5043473) \"Rochester\"",
                "[ 25, 30]Location(kind=REGION, countryCode=US, geonamesId=5037779) \"Minn.\"",
                "[ 35, 44]Location(kind=CITY, countryCode=US, geonamesId=5232741) \"Watertown\"",
                "[ 46, 48]Location(kind=REGION, countryCode=US, geonamesId=5769223) \"SD\"",
                "[ 57, 65]Location(kind=CITY, countryCode=CA, geonamesId=5992500) \"Kingston\"",
                "[ 67, 71]Location(kind=REGION, countryCode=CA, geonamesId=6093943) \"Ont.\"");
    }

    @Test
    void fullStateNamesAfterAPlaceChooseItsNamesakeToo() throws Exception
    {
        JCas jcas = run("Storms hit Columbus, Georgia and Rochester, Minnesota.");
        assertAll(
                () -> assertEquals(4188985, selectSingleAt(jcas, Location.class, 11, 19)
                        .getGeonamesId()),
                () -> assertEquals(5043473, selectSingleAt(jcas, Location.class, 33, 42)
                        .getGeonamesId()));
    }

    @Test
    void anAbbreviationTheSegmenterSplitsAndTwoStatesSideBySide() throws Exception
    {
        // "W." before a capital ends a sentence for the segmenter; "Indiana, Ill." names a border.
        check("CHARLESTON, W.Va. -- Storms hit the Indiana, Ill., border.",
                "[  0, 10]Location(kind=CITY, countryCode=US, geonamesId=4801859) \"CHARLESTON\"",
                "[ 12, 17]Location(kind=REGION, countryCode=US, geonamesId=4826850) \"W.Va.\"",
                "[ 36, 43]Location(kind=REGION, countryCode=US, geonamesId=4921868) \"Indiana\"",
                "[ 45, 49]Location(kind=REGION, countryCode=US, geonamesId=4896861) \"Ill.\"");
    }

    @Test
    void postalCodesThatAreWordsNeedTheirPlace() throws Exception
    {
        // In capitals, "IN" after a place and a comma is the preposition, not Indiana.
        JCas jcas = run("Troops were sent to Kabul, IN THE EAST, and to Herat, OR NEAR IT.");
        assertEquals(List.of("Kabul", "Herat"), JCasUtil.select(jcas, Location.class).stream()
                .map(Location::getCoveredText).toList());
    }

    @Test
    void aPlaceWithNoReadingInTheNamedStateIsNotResolvedElsewhere() throws Exception
    {
        // The gazetteer knows no Kharkiv in Texas: the name keeps the country, not Ukraine's city.
        JCas jcas = run("A storm hit Kharkiv, Tex., on Monday.");
        Location town = selectSingleAt(jcas, Location.class, 12, 19);
        assertAll(
                () -> assertEquals("US", town.getCountryCode()),
                () -> assertEquals(0, town.getGeonamesId()),
                () -> assertTrue(town.getProvenance().contains("outside-named-division"),
                        town.getProvenance()));
    }
}
