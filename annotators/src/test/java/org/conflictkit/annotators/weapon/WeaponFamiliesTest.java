package org.conflictkit.annotators.weapon;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;

/**
 * Families of weapon expressions beyond a type noun in a list: acronyms the text defines, worn
 * and improvised explosives, munitions, chemical agents described by their effect, incendiaries,
 * quantities of explosive; and the readings that are no weapon (organisations, people, verbs,
 * figurative uses). Each text is also checked in capitals.
 */
class WeaponFamiliesTest
{
    @Test
    void acronymsDefinedInTheTextAreReused() throws Exception
    {
        assertWeapons("Rebels hit a Bradley Fighting Vehicle (BFV) at dawn. Two BFVs burned. "
                + "The defence ministry (MOD) said the armoured personnel carrier (APC) and the "
                + "APC crews survived.",
                "13-37 Bradley Fighting Vehicle ARMORED_VEHICLE model=M2 Bradley weapon/named-model",
                "39-42 BFV ARMORED_VEHICLE model=M2 Bradley weapon/defined-acronym",
                "57-61 BFVs ARMORED_VEHICLE model=M2 Bradley weapon/defined-acronym",
                "106-132 armoured personnel carrier ARMORED_VEHICLE weapon/type-noun",
                "134-137 APC ARMORED_VEHICLE weapon/type-noun",
                "147-150 APC ARMORED_VEHICLE weapon/type-noun");
    }

    @Test
    void wornAndImprovisedExplosives() throws Exception
    {
        assertWeapons("He wore an explosive vest; police defused a pipe bomb, a pressure-cooker "
                + "bomb, two IEDs and several booby traps.",
                "11-25 explosive vest EXPLOSIVE weapon/type-noun",
                "44-53 pipe bomb EXPLOSIVE weapon/type-noun",
                "57-77 pressure-cooker bomb EXPLOSIVE weapon/type-noun",
                "83-87 IEDs EXPLOSIVE weapon/type-noun",
                "100-111 booby traps EXPLOSIVE weapon/type-noun");
    }

    @Test
    void munitionsAreWeaponsRoundsOnlyWhenFired() throws Exception
    {
        assertWeapons("Snipers fired 40 rounds. The raid found rifles and ammunition. Shells fell "
                + "on the market. A second round of talks began.",
                "17-23 rounds FIREARM weapon/type-noun",
                "40-46 rifles FIREARM weapon/type-noun",
                "51-61 ammunition OTHER weapon/type-noun",
                "63-69 Shells ARTILLERY weapon/type-noun");
    }

    @Test
    void chemicalAgentsDescribedByTheirEffect() throws Exception
    {
        assertWeapons("Doctors said a choking gas filled the shelter and blamed toxic agents.",
                "15-26 choking gas CHEMICAL weapon/type-noun",
                "57-69 toxic agents CHEMICAL weapon/type-noun");
    }

    @Test
    void launcherDesignatorsInSmallLetters() throws Exception
    {
        assertWeapons("A fighter fired an rpg-7 at the gate.",
                "19-24 rpg-7 EXPLOSIVE model=RPG-7 weapon/named-model");
    }

    @Test
    void incendiariesAndQuantitiesOfExplosive() throws Exception
    {
        assertWeapons("Youths threw petrol bombs and Molotov cocktails. A firebomb hit the office. "
                + "The van held 20 kilograms of TNT and 300 kg of ammonium nitrate.",
                "13-25 petrol bombs EXPLOSIVE weapon/type-noun",
                "30-47 Molotov cocktails EXPLOSIVE weapon/type-noun",
                "51-59 firebomb EXPLOSIVE weapon/type-noun",
                "105-108 TNT EXPLOSIVE weapon/type-noun",
                "123-139 ammonium nitrate EXPLOSIVE weapon/type-noun");
    }

    @Test
    void organisationsPeopleVerbsAndFigurativeUsesAreNoWeapons() throws Exception
    {
        assertWeapons("The Missile Defense Agency and the Strategic Rocket Forces command met. "
                + "A suicide bomber and two gunmen attacked; the suspected bomber fled. Rocket "
                + "scientists watched. Jets vowed to bomb the depot. Cheap credit is a weapon "
                + "against inflation. Rebels took up arms.",
                "168-172 Jets AIRCRAFT weapon/type-noun");
    }

    @Test
    void everyItemOfASeizedListIsAWeapon() throws Exception
    {
        assertWeapons("Police seized rifles, pistols, grenades, 900 rounds of ammunition and a "
                + "mortar.",
                "14-20 rifles FIREARM weapon/type-noun",
                "22-29 pistols FIREARM weapon/type-noun",
                "31-39 grenades EXPLOSIVE weapon/type-noun",
                "45-51 rounds FIREARM weapon/type-noun",
                "55-65 ammunition OTHER weapon/type-noun",
                "72-78 mortar ARTILLERY weapon/type-noun");
    }

    /** The weapons of the text, and the same weapons in the text written in capitals. */
    private static void assertWeapons(String text, String... expected) throws Exception
    {
        assertEquals(List.of(expected), describe(text, text));
        assertEquals(List.of(expected), describe(text.toUpperCase(Locale.ROOT), text));
    }

    /**
     * Offsets, words (as {@code shown} writes them), category, model and rule of each weapon
     * found in {@code analysed}.
     */
    private static List<String> describe(String analysed, String shown) throws Exception
    {
        JCas jcas = TestRunner.run(analysed, createEngineDescription(WeaponAnnotator.class));
        return JCasUtil.select(jcas, Weapon.class).stream()
                .map(w -> w.getBegin() + "-" + w.getEnd() + " "
                        + shown.substring(w.getBegin(), w.getEnd()) + " " + w.getCategory()
                        + (w.getModel() == null ? "" : " model=" + w.getModel()) + " "
                        + w.getProvenance().split(";")[0])
                .collect(Collectors.toList());
    }
}
