package org.conflictkit.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.factory.JCasFactory;
import org.junit.jupiter.api.Test;

class LayersTest
{
    @Test
    void everyTypeOfTheNamespaceIsALayerButTheSpeechEvent() throws Exception
    {
        TypeSystem types = JCasFactory.createJCas().getTypeSystem();
        List<String> layers = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (Type type : types) {
            if (type.getName().startsWith(Layers.NAMESPACE) && !type.isArray()) {
                assertEquals(CAS.TYPE_NAME_ANNOTATION, types.getParent(type).getName(),
                        type.getName());
                (Layers.isLayer(type.getName()) ? layers : records).add(type.getShortName());
            }
        }
        assertEquals(List.of("CasualtyCount", "Location", "Quote", "Speaker", "Weapon"),
                layers.stream().sorted().toList());
        assertEquals(List.of("SpeechEvent"), records);
        assertFalse(Layers.isLayer("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"));
    }
}
