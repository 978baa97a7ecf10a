"""Upgrading a hub in use: `lantern serve` and `lantern worker` refuse a database an upgrade left
behind (saying to run `lantern migrate`), `lantern migrate` brings it forward, and the hub then
exports exactly what a hub made on main from the same records exports.

"Previous release": Lantern has no release tag yet, so the previous release's schema is taken to
be the one before each Lantern app's newest migration (every third-party app at its newest). A
fresh database is migrated to that state with Django's MigrationExecutor, and records are written
through that state's historical models, as the older code would have written them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO, run_lantern
from ops_support import fresh_env

LANTERN_APPS = ["catalog", "curation", "ingest", "public", "search", "api"]

RECORDS = [
    {
        "title": "Forced labour in hotel supply chains",
        "slug": "forced-labour-hotels",
        "summary": "How housekeeping contracts hide debt bondage.",
        "published_date": "2021-03-01",
        "date_precision": "day",
        "source_url": "https://example.org/hotels",
    },
    {
        "title": "Guía para inspectores de trabajo",
        "slug": "guia-inspectores",
        "summary": "Indicadores de trabajo forzoso en la agricultura.",
        "published_date": "2019-11-20",
        "date_precision": "month",
        "source_url": "https://example.org/guia",
    },
]

# Written with the previous schema's historical models, outside the `lantern` command (which
# would refuse the database, as this test checks).
AT_PREVIOUS_RELEASE = """
import json, sys
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
apps_ = set(sys.argv[1].split(","))
executor = MigrationExecutor(connection)
graph = executor.loader.graph
newest = [node for node in graph.leaf_nodes() if node[0] in apps_ and graph.node_map[node].parents]
later = set(newest).union(*(graph.backwards_plan(node) for node in newest))
plan = [(m, False) for m, _ in executor.migration_plan(graph.leaf_nodes()) if (m.app_label, m.name) not in later]
executor.migrate(None, plan=plan)
state = executor.loader.project_state([(m.app_label, m.name) for m, _ in plan])
Resource = state.apps.get_model("catalog", "Resource")
for record in json.loads(sys.argv[2]):
    Resource.objects.create(status="published", type="report", **record)
print(json.dumps(sorted(f"{a}.{n}" for a, n in later)))
"""

AT_MAIN = """
import json, sys
from lantern.catalog.models import Resource
for record in json.loads(sys.argv[1]):
    Resource.objects.create(status="published", type="report", **record)
"""

VOLATILE = {"created_at", "updated_at", "first_published_at", "id"}


def exported(env, tmp_path, name) -> list[dict]:
    out = tmp_path / f"{name}.jsonl"
    run_lantern(env, "export", str(out), check=True)
    rows = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    return sorted(({k: v for k, v in row.items() if k not in VOLATILE} for row in rows), key=lambda r: r["slug"])


def test_upgrade_from_previous_release_keeps_every_record(tmp_path):
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    with fresh_env(base, tmp_path / "old") as old, fresh_env(base, tmp_path / "new") as new:
        script = subprocess.run(
            [sys.executable, "-c", AT_PREVIOUS_RELEASE, ",".join(LANTERN_APPS), json.dumps(RECORDS)],
            env={**old, "DJANGO_SETTINGS_MODULE": "lantern.settings"},
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        assert script.returncode == 0, script.stderr
        assert json.loads(script.stdout.strip().splitlines()[-1])  # some app really was one behind

        for command in (["serve", "--port", "1"], ["worker"]):
            refused = run_lantern(old, *command, timeout=60)
            assert refused.returncode != 0
            assert "unapplied migration" in refused.stderr and "lantern migrate" in refused.stderr

        run_lantern(old, "migrate", check=True)
        upgraded = exported(old, tmp_path, "upgraded")

        run_lantern(new, "shell", "--no-imports", "-c", AT_MAIN.replace("sys.argv[1]", repr(json.dumps(RECORDS))))
        made_on_main = exported(new, tmp_path, "main")

    assert upgraded == made_on_main
    assert {row["slug"] for row in upgraded} == {r["slug"] for r in RECORDS}


def test_new_data_directory_is_still_set_up_by_any_command(cli_env):
    result = run_lantern(cli_env, "export", "-", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Setting up the database" in result.stderr
