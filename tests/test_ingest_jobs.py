"""Jobs: idempotent by content, visible in the CLI, run by real `lantern worker` processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time

import ingest_support as support
import pytest
from conftest import LANTERN, REPO, run_lantern

from lantern.catalog.models import Resource
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
REPORT = support.Report("r.pdf", "Labour Exploitation in Car Washes", "Unseen", "March 2018", 2018)


@pytest.mark.django_db
def test_the_same_file_twice_is_one_resource_and_the_second_says_so(settings, tmp_path):
    settings.TASKS = IMMEDIATE
    path = support.make_pdf(REPORT, tmp_path)
    copy = tmp_path / "same-content-other-name.pdf"
    copy.write_bytes(path.read_bytes())
    first = jobs.create(str(path), path=str(path))
    second = jobs.create(str(copy), path=str(copy))
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == IngestJob.Status.DONE
    assert second.status == IngestJob.Status.DUPLICATE
    assert second.resource_id == first.resource_id
    assert "Already present" in second.warnings[-1]
    assert Resource.objects.count() == 1
    assert [s["step"] for s in first.steps] == ["read", "extract", "analyse", "save"]
    assert all(isinstance(s["seconds"], float) for s in first.steps)


@pytest.mark.django_db
def test_a_finished_job_delivered_again_is_left_alone(settings, tmp_path):
    settings.TASKS = IMMEDIATE
    path = support.make_pdf(REPORT, tmp_path)
    job = jobs.create(str(path), path=str(path))
    again = jobs.run(job.pk, "another-worker")
    assert again.status == IngestJob.Status.DONE and again.attempts == 1
    assert Resource.objects.count() == 1


def _worker(env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [LANTERN, "worker", "--interval", "0.2"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _status(env: dict, job_id: int) -> dict:
    result = run_lantern(env, "ingest", "--status", str(job_id), "--json", check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _wait_for(env: dict, job_id: int, statuses: set[str], timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = _status(env, job_id)
        if status["status"] in statuses:
            return status
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} never reached {statuses}: {status}")


def test_real_workers_ingest_in_the_background(cli_env, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for report in support.reports()[:4]:
        support.make(report, folder)
    run_lantern(cli_env, "migrate", "-v0", check=True)
    workers = [_worker(cli_env), _worker(cli_env)]  # two at once: each job is claimed by one
    try:
        queued = run_lantern(cli_env, "ingest", str(folder), "--json", check=True)
        ids = [json.loads(line)["job"] for line in queued.stdout.splitlines()]
        assert len(ids) == 4
        done = [_wait_for(cli_env, job_id, {"done", "failed"}) for job_id in ids]
        assert [d["status"] for d in done] == ["done"] * 4
        assert all(d["attempts"] == 1 for d in done)
        exported = run_lantern(cli_env, "export", "-", check=True).stdout
        titles = {json.loads(line)["title"] for line in exported.splitlines()}
        assert titles == {r.title for r in support.reports()[:4]}
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=30)
    assert all(w.returncode == 0 for w in workers)


def test_a_killed_worker_leaves_nothing_half_made_and_the_job_is_run_again(cli_env, tmp_path):
    """The first worker is killed (SIGKILL) in the middle of a download; a second one takes the job over."""
    release = threading.Event()
    first_request = threading.Event()
    page = support.make_html(support.Report("x", "Debt Bondage in Brick Kilns", "Unseen", "October 2017", 2017))

    def slow_then_fine(handler):
        if not first_request.is_set():
            first_request.set()
            release.wait(60)  # hold the first worker here until it is killed
            return
        handler._send(200, {"Content-Type": "text/html"}, page)

    env = {**cli_env, "LANTERN_INGEST_ALLOW_PRIVATE_URLS": "true", "LANTERN_INGEST_LEASE_SECONDS": "2"}
    run_lantern(env, "migrate", "-v0", check=True)
    with support.web_server(support.Routes({"/kiln": slow_then_fine})) as base:
        queued = run_lantern(env, "ingest", f"{base}/kiln", "--json", check=True)
        job_id = json.loads(queued.stdout.strip())["job"]
        first = _worker(env)
        try:
            assert first_request.wait(60), "the worker never fetched the URL"
            assert _status(env, job_id)["status"] == "running"
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=30)
        finally:
            release.set()
        exported = run_lantern(env, "export", "-", check=True).stdout
        assert exported.strip() == ""  # nothing half-made
        second = _worker(env)
        try:
            done = _wait_for(env, job_id, {"done", "failed"})
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(timeout=30)
    assert done["status"] == "done", done
    assert done["attempts"] == 2
    exported = [json.loads(line) for line in run_lantern(env, "export", "-", check=True).stdout.splitlines()]
    assert [r["title"] for r in exported] == ["Debt Bondage in Brick Kilns"]


def test_cli_ingest_wait_json_without_a_worker(cli_env, tmp_path):
    path = support.make_pdf(REPORT, tmp_path)
    result = run_lantern(cli_env, "ingest", str(path), str(tmp_path / "missing.pdf"), "--wait", "--json")
    assert result.returncode == 1  # one input failed
    ok, missing = (json.loads(line) for line in result.stdout.splitlines())
    assert ok["status"] == "done" and ok["record"]["title"] == REPORT.title
    assert set(ok["record"]) >= {"slug", "title", "teaser", "summary", "publishers", "date", "languages", "files"}
    assert missing["status"] == "failed" and missing["error"]["code"] == "not_found"
    again = run_lantern(cli_env, "ingest", str(path), "--wait", "--json", check=True)
    assert json.loads(again.stdout)["status"] == "duplicate"
    assert "Traceback" not in result.stderr + again.stderr
