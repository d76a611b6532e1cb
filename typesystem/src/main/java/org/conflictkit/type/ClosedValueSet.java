package org.conflictkit.type;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The string features whose values come from a closed set, and their values: the one place
 * that lists them. The type system declares these features as plain {@code uima.cas.String},
 * because CAS readers outside UIMA Java (DKPro Cassis) cannot read String subtypes with allowed
 * values; engines check their values with {@link #checked(String)}, the INCEpTION export makes
 * tag sets of them and README lists them.
 */
public enum ClosedValueSet
{
    WEAPON_CATEGORY(Weapon._TypeName, "category", "WeaponCategory",
            "Closed set of weapon categories.", "DRONE", "MISSILE", "ROCKET", "ARTILLERY",
            "AIRCRAFT", "ARMORED_VEHICLE", "AIR_DEFENSE", "NAVAL", "EXPLOSIVE", "FIREARM",
            "NUCLEAR", "CHEMICAL", "OTHER"),
    CASUALTY_QUALIFIER(CasualtyCount._TypeName, "qualifier", "CasualtyQualifier",
            "How exact a casualty count is.", "EXACT", "AT_LEAST", "MORE_THAN", "ABOUT",
            "AT_MOST", "VAGUE"),
    CASUALTY_STATUS(CasualtyCount._TypeName, "status", "CasualtyStatus",
            "What happened to the people counted.", "KILLED", "INJURED", "CASUALTIES",
            "MISSING", "CAPTURED"),
    LOCATION_KIND(Location._TypeName, "kind", "LocationKind", "Closed set of place kinds.",
            "COUNTRY", "REGION", "CITY", "FACILITY", "GEO_FEATURE", "OTHER");

    private final String typeName;
    private final String feature;
    private final String setName;
    private final String description;
    private final List<String> values;

    ClosedValueSet(String typeName, String feature, String setName, String description,
            String... values)
    {
        this.typeName = typeName;
        this.feature = feature;
        this.setName = setName;
        this.description = description;
        this.values = List.of(values);
    }

    /** The set of a feature, if its values are closed. */
    public static Optional<ClosedValueSet> of(String typeName, String feature)
    {
        return Arrays.stream(values())
                .filter(set -> set.typeName.equals(typeName) && set.feature.equals(feature))
                .findFirst();
    }

    /**
     * The value unchanged if the set allows it (or it is null: unset), else an
     * {@link IllegalArgumentException} naming the feature, as UIMA did for String subtypes.
     */
    public String checked(String value)
    {
        if (value != null && !values.contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a value of "
                    + typeName + ":" + feature + " (allowed: " + String.join(", ", values) + ")");
        }
        return value;
    }

    /** The annotation type, e.g. {@code org.conflictkit.type.Weapon}. */
    public String typeName()
    {
        return typeName;
    }

    public String feature()
    {
        return feature;
    }

    /** The set's name as a tag set, e.g. {@code WeaponCategory}. */
    public String setName()
    {
        return setName;
    }

    public String description()
    {
        return description;
    }

    /** The values in their documented order. */
    public List<String> allowed()
    {
        return values;
    }
}
