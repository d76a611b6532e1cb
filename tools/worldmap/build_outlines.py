#!/usr/bin/env python3
"""Regenerates the country outlines that the HTML report draws its maps with.

Source: the npm package world-atlas (ISC licence, Copyright 2013-2019 Michael Bostock), a
TopoJSON edition of Natural Earth's Admin 0 country boundaries (public domain), 1:50m scale.

Output, one country per line, tab-separated:

  ISO 3166-1 alpha-2 code ("-" where Natural Earth draws an area without one), name, rings

Rings are separated by ";", points by " ", each point "longitude,latitude" in degrees with two
decimals. Every ring is simplified (Douglas-Peucker, --tolerance degrees) so that the jar stays
small; the report further drops points closer than a pixel at the scale it draws.

Usage:
  npm pack world-atlas@2.0.2     # in a scratch folder, then tar xzf world-atlas-2.0.2.tgz
  python3 tools/worldmap/build_outlines.py \
      --topojson SCRATCH/package/countries-50m.json \
      --country-info annotators/src/main/resources/org/conflictkit/annotators/location/geonames/countryInfo.txt \
      --out pipelines/src/main/resources/org/conflictkit/pipelines/report/countries.txt.gz
"""
import argparse
import gzip
import json

# Natural Earth areas without an ISO numeric code in world-atlas that have an alpha-2 code.
CODES_BY_NAME = {"Kosovo": "XK"}


def numeric_to_alpha2(country_info):
    """ISO numeric code (as world-atlas writes it, "004") to alpha-2, from GeoNames countryInfo."""
    codes = {}
    with open(country_info, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            columns = line.rstrip("\n").split("\t")
            if len(columns) > 2 and columns[2]:
                codes[columns[2].zfill(3)] = columns[0]
    return codes


def decode_arcs(topology):
    """The arcs as lists of (longitude, latitude), undoing quantisation and delta coding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    """Joins a ring's arcs; a negative index ~i means arc i reversed."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    """Douglas-Peucker on a closed ring; keeps at least the ring's first and farthest points."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, k in zip(points, keep) if k]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topojson", required=True)
    parser.add_argument("--country-info", required=True)
    parser.add_argument("--tolerance", type=float, default=0.02)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    with open(args.topojson, encoding="utf-8") as source:
        topology = json.load(source)
    arcs = decode_arcs(topology)
    codes = numeric_to_alpha2(args.country_info)
    lines = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = codes.get(geometry.get("id"), CODES_BY_NAME.get(name, "-"))
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for indexes in polygon:
                points = simplify(ring(arcs, indexes), args.tolerance)
                text = " ".join(f"{x:.2f},{y:.2f}" for x, y in points)
                if len(points) >= 4:
                    rings.append(text)
        if rings:
            lines.append(f"{code}\t{name}\t{';'.join(rings)}\n")
    lines.sort()
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))


if __name__ == "__main__":
    main()
