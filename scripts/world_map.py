"""Generate the world outline the public site draws its map from (run once; output committed).

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the
``geopandas==0.14.4`` wheel on PyPI (``geopandas/datasets/naturalearth_lowres``), read with
``pyshp``. Neither is a dependency of Lantern: fetch them only to regenerate the outline::

    pip download --no-deps geopandas==0.14.4 -d /tmp/geo && cd /tmp/geo && unzip -q geopandas-*.whl
    pip install --target /tmp/geo/lib pyshp==2.3.1
    PYTHONPATH=/tmp/geo/lib python scripts/world_map.py /tmp/geo/geopandas/datasets/naturalearth_lowres

Writes ``lantern/public/static/public/world.svg`` (and its ``.gz``; all land, one grey path: a static file
browsers may cache) and ``lantern/public/data/world.json`` (ISO alpha-2 → path), from which
a page draws only the countries its results cover, on top of the outline.
Equirectangular, 2 units a degree, latitudes 84°N to 57°S (Antarctica left out).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pycountry
import shapefile

SCALE = 2
NORTH, SOUTH = 84, -57
WIDTH, HEIGHT = round(360 * SCALE), round((NORTH - SOUTH) * SCALE)
OUT = Path(__file__).resolve().parent.parent / "lantern" / "public"
# Natural Earth marks a few countries -99 in iso_a3; their names settle it.
BY_NAME = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "", "Somaliland": ""}


def project(lon: float, lat: float) -> tuple[int, int]:
    lat = max(SOUTH, min(NORTH, lat))
    return round((lon + 180) * SCALE), round((NORTH - lat) * SCALE)


def ring_path(points) -> str:
    projected = []
    for lon, lat in points:
        point = project(lon, lat)
        if not projected or point != projected[-1]:
            projected.append(point)
    if len(set(projected)) < 3:
        return ""
    (x, y), parts = projected[0], [f"M{projected[0][0]} {projected[0][1]}"]
    for px, py in projected[1:]:
        parts.append(f"l{px - x} {py - y}")
        x, y = px, py
    return "".join(parts) + "z"


def alpha2(record) -> str:
    if record["name"] in BY_NAME:
        return BY_NAME[record["name"]]
    country = pycountry.countries.get(alpha_3=record["iso_a3"])
    return country.alpha_2 if country else ""


def main(folder: str) -> None:
    reader = shapefile.Reader(str(Path(folder) / "naturalearth_lowres"), encoding="latin-1")
    paths: dict[str, str] = {}
    for shape_record in reader.iterShapeRecords():
        record, shape = shape_record.record.as_dict(), shape_record.shape
        if record["continent"] == "Antarctica":
            continue
        bounds = [*shape.parts, len(shape.points)]
        d = "".join(ring_path(shape.points[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
        code = alpha2(record)
        if code and d:
            paths[code] = paths.get(code, "") + d
    land = "".join(paths.values())
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">'
        f'<path fill="#d5dbe3" stroke="#fff" stroke-width=".5" d="{land}"/></svg>\n'
    )
    (OUT / "static" / "public" / "world.svg").write_text(svg)
    # WhiteNoise serves this gzip copy to browsers that accept it (far fewer bytes).
    with gzip.GzipFile(OUT / "static" / "public" / "world.svg.gz", "wb", mtime=0) as packed:
        packed.write(svg.encode())
    data = {"width": WIDTH, "height": HEIGHT, "source": "Natural Earth 1:110m (public domain)", "paths": paths}
    (OUT / "data" / "world.json").write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{len(paths)} countries; world.svg {len(svg)} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
