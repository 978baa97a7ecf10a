"""What can go wrong while ingesting, said so that a curator understands it."""

from __future__ import annotations


class IngestError(Exception):
    """A document cannot be ingested. ``code`` is stable (for tests and the CLI); the message is for people.

    ``transient`` errors (a time-out, a server error, a busy database) are retried with back-off;
    the others fail the job at once.
    """

    def __init__(self, code: str, message: str, *, transient: bool = False):
        super().__init__(message)
        self.code = code
        self.message = message
        self.transient = transient


class TransientError(IngestError):
    def __init__(self, code: str, message: str):
        super().__init__(code, message, transient=True)
