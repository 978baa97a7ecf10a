"""Writes split.json: which labelled pairs tune the detector and which only report on it.

Clusters of the same publication go to one half whole, by the parity of the SHA-256 of their
id; near-miss pairs by the parity of the SHA-256 of their two slugs, sorted. The split is made
from ids alone, before any detector is run, and is fixed in split.json: tune on "tune" only.

Usage: python3 split.py [FOLDER]  (rewrites FOLDER/split.json, this folder's by default; the result
never changes)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent


def half(key: str) -> str:
    return "tune" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0 else "report"


def main() -> None:
    clusters: dict[str, str] = {}
    near_misses: dict[str, str] = {}
    for line in (HERE / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        if label["label"] == "duplicate":
            clusters[label["cluster"]] = half(label["cluster"])
        else:
            pair = "|".join(sorted((label["a"], label["b"])))
            near_misses[pair] = half(pair)
    split = {"clusters": dict(sorted(clusters.items())), "near_misses": dict(sorted(near_misses.items()))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n")
    for name, table in split.items():
        print(name, {h: list(table.values()).count(h) for h in ("tune", "report")})


if __name__ == "__main__":
    main()
