package org.conflictkit.annotators.location;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.selectSingleAt;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine reads full GeoNames dumps from a folder; tiny files in the dump formats here. */
class GeoNamesDumpTest
{
    private static final String COUNTRY_INFO = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital"
            + "\tArea(in sq km)\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone"
            + "\tPostal Code Format\tPostal Code Regex\tLanguages\tgeonameid\tneighbours"
            + "\tEquivalentFipsCode\n"
            + "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t41762138\tEU\t.ua\tUAH\tHryvnia\t380"
            + "\t#####\t^(\\d{5})$\tuk,ru-UA\t690791\tPL,MD,HU,SK,BY,RO,RU\t\n";

    private static final String ADMIN1 = "UA.21\tSumy\tSumy\t692196\n";

    private static final String PLACE = "692194\tSumy\tSumy\tSumi\t50.9216\t34.80029\tP\tPPLA\tUA"
            + "\t\t21\t\t\t\t268409\t\t138\tEurope/Kyiv\t2020-01-01\n";

    @TempDir
    Path folder;

    private JCas run(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(LocationAnnotator.class,
                LocationAnnotator.PARAM_GAZETTEER_DIRECTORY, folder.toString()));
    }

    @Test
    void citiesDumpWithAlternateNames() throws Exception
    {
        Files.writeString(folder.resolve("countryInfo.txt"), COUNTRY_INFO);
        Files.writeString(folder.resolve("admin1CodesASCII.txt"), ADMIN1);
        Files.writeString(folder.resolve("cities15000.txt"), PLACE);
        Files.writeString(folder.resolve("alternateNamesV2.txt"),
                "1\t692194\ten\tSoumy\t\t\t\t\t\t\n2\t692194\tru\tSumyrus\t\t\t\t\t\t\n");

        assertAnnotations(run("Shelling hit Soumy and the Sumy region of Ukraine."),
                Location.class,
                "[ 13, 18]Location(kind=CITY, countryCode=UA, geonamesId=692194) \"Soumy\"",
                "[ 27, 38]Location(kind=REGION, countryCode=UA, geonamesId=692196) \"Sumy region\"",
                "[ 42, 49]Location(kind=COUNTRY, countryCode=UA, geonamesId=690791) \"Ukraine\"");
    }

    @Test
    void allCountriesDumpLocatesDivisionsAndCountries() throws Exception
    {
        Files.writeString(folder.resolve("countryInfo.txt"), COUNTRY_INFO.replace("690791", ""));
        Files.writeString(folder.resolve("admin1CodesASCII.txt"), ADMIN1.replace("692196", ""));
        Files.writeString(folder.resolve("allCountries.txt"), PLACE
                + "692196\tSumy Oblast\tSumy Oblast\t\t51.0\t34.0\tA\tADM1\tUA\t\t21\t\t\t\t0\t\t"
                + "\tEurope/Kyiv\t2020-01-01\n"
                + "690791\tUkraine\tUkraine\t\t49.0\t32.0\tA\tPCLI\tUA\t\t00\t\t\t\t0\t\t"
                + "\tEurope/Kyiv\t2020-01-01\n");

        JCas jcas = run("Sumy Oblast lies in Ukraine.");
        assertAnnotations(jcas, Location.class,
                "[  0, 11]Location(kind=REGION, countryCode=UA, geonamesId=692196) \"Sumy Oblast\"",
                "[ 20, 27]Location(kind=COUNTRY, countryCode=UA, geonamesId=690791) \"Ukraine\"");
        Location division = selectSingleAt(jcas, Location.class, 0, 11);
        assertEquals(51.0, division.getLatitude(), 0.001);
        assertEquals(34.0, division.getLongitude(), 0.001);
    }

    @Test
    void compactDivisionFileCarriesTheDivisionsPoint() throws Exception
    {
        Files.writeString(folder.resolve("countryInfo.txt"), COUNTRY_INFO);
        Files.writeString(folder.resolve("admin1CodesASCII.txt"),
                ADMIN1.replace("\n", "\t51.2\t34.1\n"));
        Files.writeString(folder.resolve("cities500.txt"), PLACE);

        Location division = selectSingleAt(run("Shelling hit the Sumy region."), Location.class,
                17, 28);
        assertEquals(692196, division.getGeonamesId());
        assertEquals(51.2, division.getLatitude(), 0.001);
        assertEquals(34.1, division.getLongitude(), 0.001);
    }

    @Test
    void divisionWithoutPointSitsAtTheMiddleOfItsTownsExtentNotTheirMean() throws Exception
    {
        Files.writeString(folder.resolve("countryInfo.txt"), COUNTRY_INFO);
        Files.writeString(folder.resolve("admin1CodesASCII.txt"), ADMIN1);
        // four towns in the south-west corner, one far to the north-east: the mean would be
        // 50.8 N 31.6 E
        StringBuilder towns = new StringBuilder(PLACE.replace("50.9216\t34.80029", "54.0\t38.0"));
        for (int i = 1; i <= 4; i++) {
            towns.append(PLACE.replace("692194\tSumy\tSumy\tSumi", "10" + i + "\tTown" + i
                    + "\tTown" + i + "\t").replace("50.9216\t34.80029", "50.0\t30.0"));
        }
        Files.writeString(folder.resolve("cities500.txt"), towns);

        Location division = selectSingleAt(run("Shelling hit the Sumy region."), Location.class,
                17, 28);
        assertEquals(52.0, division.getLatitude(), 0.001);
        assertEquals(34.0, division.getLongitude(), 0.001);
    }

    @Test
    void badLineNamesFileAndLine() throws Exception
    {
        Files.writeString(folder.resolve("countryInfo.txt"), COUNTRY_INFO);
        Files.writeString(folder.resolve("admin1CodesASCII.txt"), ADMIN1);
        Files.writeString(folder.resolve("cities500.txt"), PLACE + PLACE.replace("50.9216", "north"));

        Exception error = assertThrows(Exception.class, () -> run("Sumy."));
        boolean named = false;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            named |= String.valueOf(cause.getMessage()).contains("cities500.txt:2");
        }
        assertTrue(named, () -> "message names file and line: " + error);
    }
}
