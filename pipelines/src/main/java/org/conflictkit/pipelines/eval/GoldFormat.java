package org.conflictkit.pipelines.eval;

import java.util.Set;

/**
 * The formats {@code evaluate --gold-format} reads: ConflictKit's own gold (inline markup, XMI)
 * and the public corpora in their published formats, each with the types it has gold for.
 */
public enum GoldFormat
{
    MARKUP(GoldScope.ALL, null),
    XMI(GoldScope.ALL, null),
    GEOXML(new GoldScope(Set.of("Location"), Set.of(), false), new GeoXmlReader()),
    POLNEAR(new GoldScope(Set.of("Quote", "Speaker"), Set.of("Quote.direct", "Quote.speaker"),
            false),
            new PolnearReader()),
    MUC4(new GoldScope(Set.of("Weapon", "CasualtyCount"), Set.of(), true), new Muc4Reader()),
    WIKIEVENTS(new GoldScope(Set.of("Weapon", "Location", "CasualtyCount"), Set.of(), false),
            new WikiEventsReader());

    /** The type of gold adjectival toponyms, reported apart and never scored. */
    public static final String DEMONYM = "Demonym";
    /** The type of gold vehicle mentions that are no weapon in the corpus (WikiEvents VEH). */
    public static final String VEHICLE = "Vehicle";

    private final GoldScope scope;
    private final CorpusReader reader;

    GoldFormat(GoldScope scope, CorpusReader reader)
    {
        this.scope = scope;
        this.reader = reader;
    }

    public GoldScope scope()
    {
        return scope;
    }

    CorpusReader reader()
    {
        return reader;
    }
}
