package org.conflictkit.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class ClosedValueSetTest
{
    @Test
    void aValueOutsideTheSetFailsNamingTheFeature()
    {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClosedValueSet.WEAPON_CATEGORY.checked("TANK"));
        assertTrue(e.getMessage().startsWith(
                "'TANK' is not a value of org.conflictkit.type.Weapon:category (allowed: DRONE,"),
                e.getMessage());
        assertEquals("DRONE", ClosedValueSet.WEAPON_CATEGORY.checked("DRONE"));
        assertNull(ClosedValueSet.LOCATION_KIND.checked(null));
    }

    @Test
    void everyClosedFeatureIsAPlainStringFeatureOfTheTypeSystem() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        for (ClosedValueSet set : ClosedValueSet.values()) {
            assertEquals("uima.cas.String", jcas.getTypeSystem().getType(set.typeName())
                    .getFeatureByBaseName(set.feature()).getRange().getName(), set.name());
        }
        assertEquals(ClosedValueSet.CASUALTY_STATUS,
                ClosedValueSet.of(CasualtyCount._TypeName, "status").orElseThrow());
        assertTrue(ClosedValueSet.of(Weapon._TypeName, "model").isEmpty());
    }
}
