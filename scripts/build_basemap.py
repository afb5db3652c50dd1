"""Build the web UI's basemap: simplified country outlines as GeoJSON with ISO 3166 alpha-3 codes.

Source: the npm package ``world-atlas`` (ISC licence, Mike Bostock), a TopoJSON conversion of
Natural Earth's 1:50m Admin 0 countries (public domain). Run it once where npm works; users
need neither Node nor the network, the output file is committed:

    mkdir -p /tmp/wa && cd /tmp/wa && npm install world-atlas@2.0.2
    .venv/bin/python scripts/build_basemap.py /tmp/wa/node_modules/world-atlas/countries-50m.json

Arcs are simplified (Douglas–Peucker) before rings are assembled, so neighbours keep a shared
border; coordinates are rounded to 0.01 degree and islands smaller than --min-area dropped.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pycountry

OUT = Path(__file__).resolve().parent.parent / "sitrep" / "data" / "basemap" / "countries.geojson"
# Natural Earth entries with no ISO numeric code in world-atlas, by name
NAMED = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL", "Siachen Glacier": None}

Point = tuple[float, float]


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker, iterative; keeps both ends."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(indexes: list[int], arcs: list[list[Point]]) -> list[list[float]]:
    out: list[Point] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        out += arc[1:] if out else arc
    coords: list[list[float]] = []
    for x, y in out:
        p = [round(x, 2), round(y, 2)]
        if not coords or coords[-1] != p:
            coords.append(p)
    if coords and coords[0] != coords[-1]:
        coords.append(coords[0])
    return coords


def area(coords: list[list[float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False))) / 2


def iso3(geometry: dict[str, Any]) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in NAMED:
        return NAMED[name]
    code = geometry.get("id")
    country = pycountry.countries.get(numeric=str(code).zfill(3)) if code else None
    return country.alpha_3 if country else None


def build(source: Path, tolerance: float, min_area: float) -> dict[str, Any]:
    topo = json.loads(source.read_text("utf-8"))
    arcs = [simplify(a, tolerance) for a in decode_arcs(topo)]
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        kept = []
        for polygon in polygons:
            rings = [ring(r, arcs) for r in polygon]
            rings = [r for r in rings if len(r) >= 4]
            if rings and area(rings[0]) >= min_area:
                kept.append(rings)
        if not kept:
            continue
        name = g.get("properties", {}).get("name")
        features.append(
            {
                "type": "Feature",
                "properties": {"iso_a3": iso3(g), "name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": kept},
            }
        )
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:50m Admin 0 countries (public domain) via the npm package world-atlas 2.0.2 "
        "(ISC licence, (c) 2013-2019 Michael Bostock); simplified by scripts/build_basemap.py",
        "features": features,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("--tolerance", type=float, default=0.1, help="simplification tolerance in degrees")
    parser.add_argument("--min-area", type=float, default=0.05, help="drop polygons smaller than this (square degrees)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(args.source, args.tolerance, args.min_area)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, separators=(",", ":")) + "\n", "utf-8")
    print(f"{args.out}: {len(collection['features'])} countries, {args.out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
