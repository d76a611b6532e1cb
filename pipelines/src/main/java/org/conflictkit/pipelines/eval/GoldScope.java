package org.conflictkit.pipelines.eval;

import java.util.Set;

/**
 * What a gold corpus annotates: the ConflictKit types it has complete gold for (only those are
 * scored), the features it gives (as {@code Type.feature}), and whether it gives role fillers per
 * document rather than every mention.
 */
public record GoldScope(Set<String> types, Set<String> features, boolean documentLevel)
{
    /** ConflictKit's own gold: every type and feature, every mention. */
    public static final GoldScope ALL = new GoldScope(
            Set.of("Weapon", "CasualtyCount", "Location", "Quote", "Speaker"),
            Set.of("Weapon.category", "CasualtyCount.count", "CasualtyCount.status",
                    "Location.kind", "Location.countryCode", "Quote.direct", "Quote.speaker",
                    "Speaker.official"),
            false);

    public boolean scores(String type)
    {
        return types.contains(type);
    }

    public boolean scoresFeature(String type, String feature)
    {
        return features.contains(type + "." + feature);
    }
}
