"""``lantern``: the command-line interface.

Every command works on an empty data directory: the database is created and migrated on
first use. After an upgrade, commands refuse to start until ``lantern migrate`` has run. ``lantern serve`` runs the site with waitress; every other command is a Django
management command (``lantern help`` lists them all).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

USAGE = """usage: lantern COMMAND [options]

Lantern: a resource hub for the anti-trafficking and modern-slavery field.

Commands:
  serve [--port N] [--host H]    serve the hub (port: PORT, else 8000)
  demo                           load the demo hub (running it again changes nothing)
  import FILE                    import JSONL, CSV, BibTeX, RIS, CSL-JSON or a WordPress export
  export FILE                    export JSONL, CSV, BibTeX, RIS or CSL-JSON
  memberships FILE [--json]      import members of partnerships from CSV (partnership,member,role)
  search QUERY [--json]          search the hub (search --queries FILE --json for a batch)
  reindex [--check]              rebuild the search index and vectors, or report drift
  ingest PATH_OR_URL... [--wait --json]
                                 turn files, folders and URLs into draft records
  worker                         run background jobs (ingestion, vectors); several may run
  duplicates [--json]            candidate duplicates, editions, translations and parts
  check-quality                  raise flags: duplicates, mismatched descriptions
  check-links [--due]            check source links and linked files
  harvest URL [--set S]          import another repository's records over OAI-PMH
  apitoken USER                  make an API token for an editor
  backup FILE                    database, files and secret key in one archive (while the site runs)
  restore FILE                   a backup into an empty data directory (and database)
  migrate                        bring the database up to this version after an upgrade
  createsuperuser                create a curator account for /admin/
  help [COMMAND]                 all commands, or one command's options

Settings come from the environment: LANTERN_DATA_DIR (default ./var), DATABASE_URL, PORT…
See docs/settings.md.
"""

# Commands that must not trigger automatic migration.
NO_AUTO_MIGRATE = {
    "makemigrations",
    "migrate",
    "help",
    "--help",
    "-h",
    "version",
    "--version",
    "check",
    "sqlmigrate",
    "showmigrations",
    # A backup is of the database as it is; a restore sets up the database itself.
    "backup",
    "restore",
}


def ensure_database(verbose: bool = True) -> None:
    """Create and migrate a new (empty) database; refuse one that an upgrade left behind.

    Migrating an existing database is the operator's step (``lantern migrate``, after a
    backup): web processes and workers started together after an upgrade would otherwise race
    to run the same migrations, and an error would land in a service's log, not a terminal.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not plan:
        return
    if executor.loader.applied_migrations:
        names = ", ".join(f"{migration.app_label}.{migration.name}" for migration, _backwards in plan[:5])
        more = f" and {len(plan) - 5} more" if len(plan) > 5 else ""
        sys.exit(
            f"lantern: the database has {len(plan)} unapplied migration(s) ({names}{more}).\n"
            "Back it up (lantern backup DIR), then run `lantern migrate`, then start this again."
        )
    if verbose:
        print(f"Setting up the database ({len(plan)} migration(s))…", file=sys.stderr)
    call_command("migrate", interactive=False, verbosity=0)


def serve(argv: list[str]) -> int:
    from django.conf import settings

    parser = argparse.ArgumentParser(prog="lantern serve", description="Serve the hub over HTTP.")
    parser.add_argument("--port", type=int, default=_default_port(), help="port (default: PORT, else 8000)")
    parser.add_argument(
        "--host", default=os.environ.get("LANTERN_HOST", "127.0.0.1"), help="address to bind (default 127.0.0.1)"
    )
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        parser.error(f"port {args.port} is not between 1 and 65535")

    import threading

    import waitress

    from lantern.public.warmup import warm_up
    from lantern.wsgi import application

    def warm_up_in_background() -> None:
        from django.db import connection

        try:
            warm_up()
        finally:
            connection.close()  # this thread's own

    # Models and indexes load in the background while the server starts answering.
    threading.Thread(target=warm_up_in_background, name="warm-up", daemon=True).start()

    print(f"Lantern is serving {settings.DATA_DIR} at http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    app, proxy_options = _behind_trusted_proxies(application)
    waitress.serve(
        app,
        host=args.host,
        port=args.port,
        threads=args.threads,
        ident="Lantern",
        max_request_body_size=settings.LANTERN_MAX_UPLOAD_MB * 1024 * 1024,
        _quiet=True,
        **proxy_options,
    )
    return 0


def _behind_trusted_proxies(application):
    """The app and waitress options: forwarded headers believed from LANTERN_TRUSTED_PROXIES only.

    Waitress trusts one proxy address at most; a list (the proxy's IPv4 and IPv6 addresses, a
    container network) is checked per connection in front of waitress's own header parser.
    """
    from django.conf import settings

    from lantern.lib.proxies import behind_proxies

    networks = settings.TRUSTED_PROXY_NETWORKS
    if not networks:
        return application, {}  # waitress's default: every forwarded header removed
    names = ", ".join(str(network) for network in networks)
    print(f"Trusting X-Forwarded-* headers from {names}", flush=True)
    wrapped = behind_proxies(application, networks, count=settings.LANTERN_TRUSTED_PROXY_COUNT)
    return wrapped, {"clear_untrusted_proxy_headers": False}


def _default_port() -> int:
    raw = os.environ.get("PORT", "8000")
    try:
        return int(raw)
    except ValueError:
        sys.exit(f"lantern: PORT={raw!r} is not a number")


# Commands that do bulk work beside the site: they run at a lower CPU priority
# (LANTERN_BULK_NICE), so that on a small machine visitors' pages are served first.
BULK_COMMANDS = {
    "worker",
    "import",
    "harvest",
    "ingest",
    "reindex",
    "demo",
    "duplicates",
    "check-quality",
    "check-links",
    "memberships",
    "export",
    "export-site",
    "backup",
    "restore",
}


def _yield_cpu_to_the_site() -> None:
    from django.conf import settings

    if settings.LANTERN_BULK_NICE:
        with contextlib.suppress(OSError):  # not allowed here (some containers): run as we are
            os.nice(settings.LANTERN_BULK_NICE)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    if not argv or argv in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    from django.core.exceptions import ImproperlyConfigured

    try:
        import django

        django.setup()
    except ImproperlyConfigured as exc:
        print(f"lantern: configuration error: {exc}", file=sys.stderr)
        return 2
    if argv[0] in BULK_COMMANDS:
        _yield_cpu_to_the_site()
    if argv[0] not in NO_AUTO_MIGRATE:
        ensure_database()
    if argv[0] == "serve":
        return serve(argv[1:])
    from django.core.management import execute_from_command_line

    execute_from_command_line(["lantern", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
