"""A `lantern import` killed mid-way (SIGKILL) leaves every record it wrote findable by search,
and running it again finishes the file without creating anything twice."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time

from conftest import LANTERN, REPO, run_lantern

ROWS = 3000


def _write_rows(path) -> None:
    with path.open("w") as out:
        for n in range(ROWS):
            record = {
                "slug": f"killrow-{n}",
                "title": f"Killrow {n}: identification of victims of labour exploitation",
                "summary": "Guidance for frontline staff on referral and shelter.",
                "type": "guidance",
                "status": "published",
            }
            out.write(json.dumps(record) + "\n")


def _import_and_kill(env: dict, source) -> None:
    """Start the import and SIGKILL it once its progress bar shows a few hundred rows read."""
    process = subprocess.Popen(
        [LANTERN, "import", str(source)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seen, deadline = b"", time.monotonic() + 300
    while time.monotonic() < deadline:
        chunk = os.read(process.stderr.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
        counts = [int(n) for n in re.findall(rb"Importing: (\d+)", seen)]
        if counts and counts[-1] >= 400:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, seen[-2000:]


def _count(env: dict) -> int:
    script = "from lantern.catalog.models import Resource; print(Resource.objects.count())"
    return int(run_lantern(env, "shell", "-c", script, check=True).stdout.strip().splitlines()[-1])


def _found(env: dict) -> int:
    answer = run_lantern(env, "search", "killrow", "--json", "--limit", "1", check=True)
    return json.loads(answer.stdout)["total"]


def test_a_killed_import_leaves_every_written_record_searchable_and_a_rerun_finishes_it(cli_env, tmp_path):
    env = {**cli_env, "LANTERN_SEARCH_SEMANTIC": "false"}  # words suffice to find them; keeps the test short
    run_lantern(env, "migrate", "--verbosity", "0", check=True)
    source = tmp_path / "rows.jsonl"
    _write_rows(source)

    _import_and_kill(env, source)
    written = _count(env)
    assert 0 < written < ROWS  # killed mid-way
    assert _found(env) == written  # nothing in the database that search cannot see

    finished = run_lantern(env, "import", str(source), "--json", check=True, timeout=900)
    report = json.loads(finished.stdout)
    assert report["created"] == ROWS - written
    assert report["updated"] + report["unchanged"] == written
    assert _count(env) == ROWS  # no duplicates
    assert _found(env) == ROWS
