"""The `lantern` command as a user runs it: a real process on an empty data directory."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import LANTERN, REPO, run_lantern

pytestmark = pytest.mark.django_db(transaction=True)

RECORDS = [
    {
        "title": "Spotting the signs of forced labour in hotels",
        "type": "toolkit",
        "topics": ["hospitality", "identification"],
        "countries": ["GB"],
        "languages": ["en"],
        "publishers": ["Unseen"],
        "date": "2021",
        "status": "published",
        "source_url": "https://example.org/hotels",
        "summary": "Indicators for hotel staff: who controls the passports, who pays.",
    },
    {
        "title": "Guía para la identificación de víctimas",
        "type": "guidance",
        "topics": ["identification"],
        "countries": ["ES"],
        "languages": ["es"],
        "publishers": ["Gobierno de España"],
        "date": "2019-05",
        "status": "published",
    },
    {"title": "A draft nobody should see", "summary": "hotels"},
]


def test_search_works_on_an_empty_data_directory(cli_env):
    result = run_lantern(cli_env, "search", "anything", "--json", check=True)
    assert json.loads(result.stdout) == {
        "query": "anything",
        "total": 0,
        "results": [],
        "warnings": [],
        "corrected_query": "",
    }


def test_import_search_export_round_trip(cli_env, tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "{broken\n", encoding="utf-8")
    imported = run_lantern(cli_env, "import", str(source))
    assert imported.returncode == 1  # one bad row: reported, the others imported
    assert "3 created" in imported.stdout and "records.jsonl:4: error: not valid JSON" in imported.stderr

    found = json.loads(run_lantern(cli_env, "search", "hotels", "--json", check=True).stdout)
    assert found["total"] == 1
    hit = found["results"][0]
    assert hit["title"] == RECORDS[0]["title"] and hit["source_url"] == "https://example.org/hotels"
    assert set(hit) >= {"id", "title", "source_url", "score", "snippet"}

    filtered = json.loads(run_lantern(cli_env, "search", "", "--language", "es", "--json", check=True).stdout)
    assert [r["title"] for r in filtered["results"]] == [RECORDS[1]["title"]]

    human = run_lantern(cli_env, "search", "type:toolkit", check=True).stdout
    assert "1 result(s)" in human and "Unseen, 2021 [toolkit]" in human

    exported = tmp_path / "out.jsonl"
    run_lantern(cli_env, "export", str(exported), check=True)
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["title"] for r in lines) == sorted(r["title"] for r in RECORDS)
    csv_out = tmp_path / "out.csv"
    run_lantern(cli_env, "export", str(csv_out), "--published-only", check=True)
    assert csv_out.read_text(encoding="utf-8").count("\n") == 3  # header and two published rows


def test_batch_search_prints_one_json_object_a_line(cli_env, tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:2]), encoding="utf-8")
    run_lantern(cli_env, "import", str(source), check=True)
    queries = tmp_path / "queries.txt"
    queries.write_text('hotels\n\nvíctimas\n"no such phrase here"\n', encoding="utf-8")
    out = run_lantern(cli_env, "search", "--queries", str(queries), "--json", check=True).stdout.splitlines()
    rows = [json.loads(line) for line in out]
    assert [r["query"] for r in rows] == ["hotels", "víctimas", '"no such phrase here"']
    assert [rows[0]["total"], rows[2]["total"]] == [1, 0]
    # The Spanish guide first; the thesaurus's translations may also find English records on victims.
    assert rows[1]["results"][0]["title"] == RECORDS[1]["title"]


def test_reindex_and_check(cli_env, tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    run_lantern(cli_env, "import", str(source), check=True)
    assert "matches the catalogue" in run_lantern(cli_env, "reindex", "--check", check=True).stdout
    assert "Indexed 1 published resource(s)" in run_lantern(cli_env, "reindex", check=True).stdout


def test_user_mistakes_get_messages_not_tracebacks(cli_env, tmp_path):
    missing = run_lantern(cli_env, "import", str(tmp_path / "nope.jsonl"))
    assert missing.returncode != 0 and "no such file" in missing.stderr and "Traceback" not in missing.stderr
    odd = tmp_path / "data.xlsx"
    odd.write_text("x")
    wrong = run_lantern(cli_env, "import", str(odd))
    assert "cannot tell the format" in wrong.stderr and "Traceback" not in wrong.stderr
    limit = run_lantern(cli_env, "search", "x", "--limit", "0")
    assert limit.returncode != 0 and "--limit" in limit.stderr
    bad_env = dict(cli_env, LANTERN_SEARCH_PAGE_SIZE="many")
    config = run_lantern(bad_env, "search", "x")
    assert config.returncode == 2 and "LANTERN_SEARCH_PAGE_SIZE" in config.stderr and "Traceback" not in config.stderr


def test_demo_loads_once(cli_env):
    first = run_lantern(cli_env, "demo", check=True, timeout=300)
    assert "published in all" in first.stdout
    again = run_lantern(cli_env, "demo", check=True, timeout=300)
    assert "0 resource(s) added" in again.stdout
    total = json.loads(run_lantern(cli_env, "search", "", "--json", check=True).stdout)["total"]
    assert total >= 80


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_http(cli_env):
    port = _free_port()
    server = subprocess.Popen(
        [LANTERN, "serve", "--port", str(port)],
        env=cli_env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/search/?q=x", timeout=2) as response:
                    body = response.read().decode()
                    headers = response.headers
                break
            except OSError:
                time.sleep(0.2)
        assert "<html" in body and headers["Cache-Control"] == "no-store"
        assert "Content-Security-Policy" in headers
    finally:
        server.terminate()
        server.wait(timeout=10)


def _niceness(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat.rsplit(")", 1)[1].split()[16])  # field 19: the nice value


def test_the_worker_yields_the_cpu_to_the_site_and_serve_does_not(cli_env):
    """On a small machine the web processes are served first while bulk work runs."""
    port = _free_port()
    processes = {
        name: subprocess.Popen(command, env={**cli_env, "LANTERN_BULK_NICE": "7"}, cwd=REPO, stdout=subprocess.PIPE)
        for name, command in (("worker", [LANTERN, "worker"]), ("serve", [LANTERN, "serve", "--port", str(port)]))
    }
    try:
        for process in processes.values():
            process.stdout.readline()  # each says it started once its settings are read
        base = os.getpriority(os.PRIO_PROCESS, 0)
        assert _niceness(processes["worker"].pid) == min(19, base + 7)
        assert _niceness(processes["serve"].pid) == base
    finally:
        for process in processes.values():
            process.terminate()
            process.wait(timeout=10)
