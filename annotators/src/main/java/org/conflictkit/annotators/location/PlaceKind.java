package org.conflictkit.annotators.location;

/** The kinds of place; the names are the allowed values of the Location type's {@code kind}. */
public enum PlaceKind
{
    COUNTRY, REGION, CITY, FACILITY, GEO_FEATURE, OTHER
}
