"""`lantern backup` and `lantern restore`: a hub in use goes into one archive, taken while the site
runs, and comes back whole in a new data directory and database (on SQLite, and on PostgreSQL in
the PostgreSQL run): resources, the text of every page (search finds a word inside a document),
ingestion's records and suggestions, a visitor's suggestion, revisions, users and API tokens (a
token still authenticates), and every stored file, byte for byte."""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
import uuid

from conftest import run_lantern
from fpdf import FPDF
from ops_support import ask, fresh_env, serving

WORD = "quillanthrope"  # on page 2 of the guide only: search can find it only in the page text
PASSWORD = "correct horse battery staple"

COUNT = """
import json
from django.contrib.auth import get_user_model
from lantern.api.models import ApiToken
from lantern.catalog.models import Attachment, Page, Resource
from lantern.curation.models import Revision, VisitorSuggestion
from lantern.ingest.models import IngestedFile, IngestJob, Suggestion
models = [Resource, Page, Attachment, IngestedFile, IngestJob, Suggestion, Revision, VisitorSuggestion, ApiToken]
counts = {m.__name__: m.objects.count() for m in models}
counts["users"] = sorted(get_user_model().objects.values_list("username", flat=True))
counts["page_2"] = Page.objects.filter(number=2).values_list("text", flat=True).first()
print(json.dumps(counts))
"""


def make_guide(path):
    pdf = FPDF(format="A4")
    pages = [
        "Safe Harbour: a practice guide for hotel staff on spotting forced labour. Published by Unseen, 2021.",
        f"Chapter two. The {WORD} method asks staff to note who holds the workers' passports and wages.",
        "Chapter three. Referral: how to call the helpline and what happens next for the person at risk.",
    ]
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 7, text)
    pdf.output(str(path))
    return path


def counts(env) -> dict:
    return json.loads(run_lantern(env, "shell", "--no-imports", "-c", COUNT, check=True).stdout)


def multipart(fields: dict[str, str], filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def build_hub(env, tmp_path) -> dict:
    """A hub as curators and visitors leave it: an ingested document, a curator and a token, an edit
    through the API (a revision), a visitor's suggestion (a job waiting for the worker)."""
    run_lantern(
        {**env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
        "createsuperuser",
        "--noinput",
        "--username",
        "alice",
        "--email",
        "alice@example.org",
        check=True,
    )
    guide = make_guide(tmp_path / "safe-harbour.pdf")
    ingested = run_lantern(
        {**env, "LANTERN_INGEST_AUTO_PUBLISH": "true"},
        "ingest",
        str(guide),
        "--wait",
        "--json",
        check=True,
        timeout=300,
    )
    job = json.loads(ingested.stdout.strip().splitlines()[-1])
    assert job["status"] == "done", job
    token = run_lantern(env, "apitoken", "alice", check=True).stdout.strip()
    return {
        "slug": job["resource"],
        "job": job["job"],
        "token": token,
        "sha256": hashlib.sha256(guide.read_bytes()).hexdigest(),
    }


def edit_and_suggest(base: str, hub: dict) -> None:
    edit = ask(
        f"{base}/api/v1/resources/{hub['slug']}",
        headers={"Authorization": f"Bearer {hub['token']}", "Content-Type": "application/json"},
        data=json.dumps({"summary": "A guide for hotel staff on the signs of forced labour."}).encode(),
        method="PATCH",
    )
    assert edit.status == 200, edit.text()
    form = ask(f"{base}/suggest/").text()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    body, content_type = multipart({"note": "A toolkit we use", "form_token": token}, "tip.txt", b"Toolkit text. " * 40)
    sent = ask(f"{base}/suggest/", headers={"Content-Type": content_type, "Origin": base}, data=body)
    assert sent.status == 200 and "Thank you" in sent.text()


def members(archive) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(archive) as tar:
        return {m.name: m for m in tar.getmembers()}


def manifest(archive) -> dict:
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("lantern-backup/manifest.json"))


def test_a_hub_backed_up_while_it_runs_comes_back_whole_in_a_new_data_directory(cli_env, tmp_path):
    hub = build_hub(cli_env, tmp_path)
    archive = tmp_path / "backups" / "hub.tar.gz"
    archive.parent.mkdir()
    with serving(cli_env) as base:
        edit_and_suggest(base, hub)
        before = counts(cli_env)
        made = run_lantern(cli_env, "backup", str(archive), check=True)
    assert "1 resource, 3 pages of text, 1 user, 1 API token" in made.stdout
    assert archive.stat().st_mode & 0o777 == 0o600  # it holds the secret key and password hashes
    assert not list(archive.parent.glob(".*partial"))
    database = manifest(archive)["database"]
    # SQLite: the file as the online backup API copied it; PostgreSQL: the rows, read in one transaction.
    vendor = "postgresql" if cli_env.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert database["vendor"] == vendor
    assert database["method"] == ("logical" if vendor == "postgresql" else "sqlite online backup")
    assert before["Resource"] == 1 and before["Revision"] >= 1 and before["VisitorSuggestion"] == 1
    assert before["Suggestion"] >= 1 and before["IngestedFile"] == 1 and before["Page"] == 3

    with fresh_env(cli_env, tmp_path / "restored") as target:
        restored = run_lantern(target, "restore", str(archive), check=True, timeout=600)
        assert "Restored 1 resource, 3 pages of text, 1 user, 1 API token" in restored.stdout
        assert counts(target) == before
        if target.get("LANTERN_SEARCH_ENGINE", "tantivy") == "tantivy":
            assert "Search index rebuilt: 1 resource(s)" in restored.stdout
        found = json.loads(run_lantern(target, "search", WORD, "--json", check=True).stdout)
        assert [hit["slug"] for hit in found["results"]] == [hub["slug"]]
        assert WORD in found["results"][0]["snippet"]  # quoted from the page it is on
        run_lantern(target, "reindex", "--check", check=True)  # the index matches the restored catalogue
        with serving(target) as base:
            job = f"{base}/api/v1/ingest/{hub['job']}"
            assert ask(job, headers={"Authorization": f"Bearer {hub['token']}"}).status == 200
            assert ask(job).status == 401
            record = json.loads(ask(f"{base}/api/v1/resources/{hub['slug']}").body)
            download = ask(record["files"][0]["url"])
            assert download.status == 200 and hashlib.sha256(download.body).hexdigest() == hub["sha256"]
            health = json.loads(ask(f"{base}/healthz").body)
            assert health["status"] == "ok" and health["checks"]["queue"]["jobs_waiting"] == 1  # the visitor's file

        # A second restore into what is now a hub is refused, and changes nothing.
        again = run_lantern(target, "restore", str(archive))
        assert again.returncode == 1 and "already holds a database" in again.stderr and "--force" in again.stderr
        assert "Traceback" not in again.stderr
        assert counts(target) == before


def test_a_logical_backup_of_a_sqlite_hub_restores_into_the_configured_database(cli_env, tmp_path):
    """The way from SQLite to PostgreSQL: on the PostgreSQL run the target is PostgreSQL."""
    records = tmp_path / "records.jsonl"
    records.write_text(
        "\n".join(
            json.dumps({"title": f"Guide {n} to {WORD} checks", "type": "guidance", "status": "published"})
            for n in range(3)
        )
    )
    source = {k: v for k, v in cli_env.items() if k != "DATABASE_URL"} | {"LANTERN_DATA_DIR": str(tmp_path / "sqlite")}
    run_lantern(source, "import", str(records), check=True)
    run_lantern(source, "createsuperuser", "--noinput", "--username", "bob", "--email", "b@example.org", check=True)
    archive = tmp_path / "hub.tar"
    run_lantern(source, "backup", "--logical", str(archive), check=True)
    before = run_lantern(source, "search", WORD, "--json", check=True).stdout
    assert "lantern-backup/database.jsonl" in members(archive)
    with fresh_env(cli_env, tmp_path / "restored") as target:
        run_lantern(target, "restore", str(archive), check=True, timeout=600)
        after = run_lantern(target, "search", WORD, "--json", check=True).stdout
        assert [h["slug"] for h in json.loads(after)["results"]] == [h["slug"] for h in json.loads(before)["results"]]
        assert len(json.loads(after)["results"]) == 3


def test_bad_archives_and_full_targets_get_a_clear_answer(cli_env, tmp_path):
    run_lantern(cli_env, "createsuperuser", "--noinput", "--username", "carol", "--email", "c@example.org", check=True)
    archive = tmp_path / "hub.tar.gz"
    run_lantern(cli_env, "backup", str(archive), check=True)

    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    damaged = tmp_path / "damaged.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
    damaged.write_bytes(bytes(data))
    stranger = tmp_path / "photos.tar.gz"
    with tarfile.open(stranger, "w:gz") as tar:
        info = tarfile.TarInfo("holiday.jpg")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"\xff\xd8\xff\xe0"))
    (tmp_path / "notes.txt").write_text("not an archive")
    for bad, message in [
        (truncated, "damaged or incomplete"),
        (damaged, "damaged"),
        (stranger, "not a Lantern backup"),
        (tmp_path / "notes.txt", "cannot be read as a backup"),
        (tmp_path / "missing.tar.gz", "no such file"),
    ]:
        with fresh_env(cli_env, tmp_path / f"target-{bad.stem}") as target:
            result = run_lantern(target, "restore", str(bad))
            assert result.returncode == 1 and message in result.stderr, result.stderr
            assert "Traceback" not in result.stderr

    assert run_lantern(cli_env, "backup", str(tmp_path / "hub.zip")).stderr.count(".tar.gz") == 1
    nowhere = run_lantern(cli_env, "backup", str(tmp_path / "no" / "such" / "hub.tar.gz"))
    assert nowhere.returncode == 1 and "cannot write" in nowhere.stderr and "Traceback" not in nowhere.stderr
    # Into the hub it came from: refused, then replaced with --force.
    refused = run_lantern(cli_env, "restore", str(archive))
    assert refused.returncode == 1 and "--force" in refused.stderr
    run_lantern(cli_env, "restore", "--force", str(archive), check=True, timeout=600)
    assert counts(cli_env)["users"] == ["carol"]
