"""``lantern worker``: run background jobs (ingestion) until stopped; several may run at once."""

from __future__ import annotations

import logging
import os
import time

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from lantern.ingest import jobs
from lantern.ops.workers import Heartbeat
from lantern.search import engine

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run background jobs until stopped (SIGTERM or Ctrl+C finish the current job first). Start as many as "
        "you like: each job is claimed by one worker. Jobs of a worker that died are run again once their lease "
        "(LANTERN_INGEST_LEASE_SECONDS) runs out."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")
        parser.add_argument("--batch", action="store_true", help="run what is waiting, then exit")
        parser.add_argument("--id", default="", help="a name for this worker (default: host:pid:random)")

    def handle(self, *args, **options):
        worker_id = options["id"] or f"{os.uname().nodename}:{os.getpid()}:{get_random_string(6)}"[:64]
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        queue = None
        if isinstance(backend, DatabaseBackend):
            queue = Worker(
                queue_names=["*"],
                interval=0,
                batch=True,
                backend_name=DEFAULT_TASK_BACKEND_ALIAS,
                startup_delay=False,
                max_tasks=None,
                worker_id=worker_id,
                excluded_queue_names=[],
            )
            queue.configure_signals()
        self.stdout.write(f"Lantern worker {worker_id} started (Ctrl+C stops it).")
        self.stdout.flush()
        heartbeat = Heartbeat(worker_id)  # what /healthz reads to know a worker runs
        try:
            while queue is None or queue.running:
                heartbeat.beat()
                if queue is not None:
                    queue.run()  # everything the task queue holds, then back here
                self._sweep(queue, worker_id)
                # Changes other processes and machines queued for this machine's search index
                # (a bulk import's backlog, say), applied here so that visitors' searches need not.
                try:
                    engine.apply_queue(wait=0.5, batches=5)
                except Exception:  # searches apply it instead; the jobs go on
                    log.exception("applying queued search index changes failed")
                if options["batch"]:
                    break
                time.sleep(options["interval"])
        finally:
            heartbeat.stop()

    def _sweep(self, queue, worker_id: str) -> None:
        """Jobs no task will deliver: a dead worker's (lease over) or a lost task's. Claiming keeps it safe."""
        for job_id in jobs.claimable_ids():
            if queue is not None and not queue.running:
                return
            if queue is not None:
                queue.running_task = True  # a stop signal now lets this job finish first
            try:
                jobs.run(job_id, worker_id)
            finally:
                if queue is not None:
                    queue.running_task = False
