"""What a real `lantern serve` writes to standard error: one JSON line per request with its path,
the names of its query's parameters, status, duration and size, and neither the visitor's address
nor what they searched for unless the operator asks for the address; an error is one JSON line too,
and is mailed to the admins (the same line, nothing of the request) when they are named."""

from __future__ import annotations

import contextlib
import http.client
import json
import socketserver
import subprocess
import tempfile
import threading
import urllib.parse
from collections.abc import Callable, Iterator

from conftest import LANTERN, REPO, run_lantern
from ops_support import _wait_for, ask, free_port
from test_ops_health import _break_database

SENSITIVE = "/search/?q=escaped+forced+marriage+pregnant&type=guidance"
WORDS = ("escaped", "forced", "marriage", "pregnant")


@contextlib.contextmanager
def serving_with_log(env: dict) -> Iterator[tuple[str, Callable[[], str]]]:
    """`lantern serve` with ``env``; yields its base URL and a function that reads its stderr so far."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log
        )

        def read() -> str:
            log.seek(0)
            return log.read().decode("utf-8", "replace")

        try:
            _wait_for(server, base + "/healthz", log)
            yield base, read
        finally:
            server.terminate()
            server.wait(timeout=30)


def records(text: str) -> list[dict]:
    """Every line of the log, each of which must be one JSON object."""
    lines = [line for line in text.splitlines() if line.strip()]
    parsed = [json.loads(line) for line in lines]
    assert all(isinstance(item, dict) for item in parsed)
    return parsed


def access_lines(text: str, path: str) -> list[dict]:
    return [r for r in records(text) if r["logger"] == "lantern.access" and r["path"] == path]


def test_each_request_is_one_line_without_address_or_search_words(cli_env):
    run_lantern(cli_env, "migrate", check=True)
    with serving_with_log(cli_env) as (base, read):
        assert ask(f"{base}{SENSITIVE}").status == 200
        assert ask(f"{base}/about/").status == 200
        assert ask(f"{base}/no-such-page/").status == 404
        assert ask(f"{base}/api/v1/topics?limit=5").status == 200
        log = read()
    (search,) = access_lines(log, "/search/")
    assert search["method"] == "GET" and search["status"] == 200
    assert search["query"] == ["q", "type"]  # the parameters' names only
    assert isinstance(search["ms"], float) and search["ms"] >= 0 and search["bytes"] > 1000
    assert access_lines(log, "/no-such-page/")[0]["status"] == 404
    assert access_lines(log, "/api/v1/topics")[0]["query"] == ["limit"]
    assert access_lines(log, "/about/")[0]["query"] == []
    assert "127.0.0.1" not in log and "client" not in search
    for word in WORDS:
        assert word not in log.lower()
    # A missing page is its access line, not a second warning line.
    assert not [r for r in records(log) if r["level"] != "INFO"]


def test_the_address_is_logged_only_when_the_operator_asks(cli_env):
    env = {**cli_env, "LANTERN_ACCESS_LOG_ADDRESSES": "true"}
    run_lantern(env, "migrate", check=True)
    with serving_with_log(env) as (base, read):
        ask(f"{base}{SENSITIVE}")
        log = read()
    (search,) = access_lines(log, "/search/")
    assert search["client"] == "127.0.0.1"
    assert not any(word in log.lower() for word in WORDS)


def test_the_access_log_can_be_turned_off(cli_env):
    env = {**cli_env, "LANTERN_ACCESS_LOG": "false"}
    run_lantern(env, "migrate", check=True)
    with serving_with_log(env) as (base, read):
        ask(f"{base}/about/")
        assert not [r for r in records(read()) if r["logger"] == "lantern.access"]


class Mailbox(socketserver.ThreadingTCPServer):
    """The smallest SMTP server that takes mail: what Lantern sends, kept in ``messages``."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SMTPSession)
        self.messages: list[str] = []


class SMTPSession(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 mailbox ready")
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith("DATA"):
                self.reply("354 go on")
                body = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    body.append(data.decode(errors="replace"))
                self.server.messages.append("".join(body))
                self.reply("250 kept")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            elif command.startswith("EHLO"):
                self.reply("250 mailbox")
            else:
                self.reply("250 ok")


VISITOR = "127.0.0.9"  # a loopback address of the visitor's own, apart from the servers' 127.0.0.1


def ask_from(source: str, url: str) -> int:
    """The status of a GET of ``url`` sent from the local address ``source``."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60, source_address=(source, 0))
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        return connection.getresponse().status
    finally:
        connection.close()


def test_an_error_is_one_structured_line_and_a_mail_to_the_admins(cli_env):
    mailbox = Mailbox()
    threading.Thread(target=mailbox.serve_forever, daemon=True).start()
    env = {
        **cli_env,
        "LANTERN_ADMINS": "ops@example.org",
        "LANTERN_EMAIL_HOST": "127.0.0.1",
        "LANTERN_EMAIL_PORT": str(mailbox.server_address[1]),
        "LANTERN_PAGE_CACHE_SECONDS": "0",
    }
    run_lantern(env, "migrate", check=True)
    try:
        with serving_with_log(env) as (base, read):
            assert ask(f"{base}/about/").status == 200
            _break_database(env)  # every view that reads the database now raises
            assert ask_from(VISITOR, f"{base}/search/?q=escaped+forced+marriage") == 500
            log = read()
    finally:
        mailbox.shutdown()
        mailbox.server_close()
    errors = [r for r in records(log) if r["level"] == "ERROR"]
    assert len(errors) == 1, errors
    (error,) = errors
    assert error["logger"] == "django.request" and error["message"] == "Internal Server Error: /search/"
    assert "Traceback" in error["error"] and "django.db.utils." in error["error"]
    assert access_lines(log, "/search/")[0]["status"] == 500
    assert not any(word in log.lower() for word in ("escaped", "marriage"))
    assert VISITOR not in log

    (mail,) = mailbox.messages
    assert "To: ops@example.org" in mail and "Internal Server Error: /search/" in mail
    # The body is the log line, nothing of the request. (The traceback may name the database
    # server's address, 127.0.0.1 on PostgreSQL, so the visitor comes from an address of their own.)
    assert VISITOR not in mail.replace("\r\n", "\n").split("\n\n", 1)[1]
    assert not any(word in mail.lower() for word in ("escaped", "marriage"))
