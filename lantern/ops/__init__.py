"""Operations: ``lantern backup`` and ``lantern restore`` (backup.py, restore.py, rows.py, archive.py) and ``/healthz`` (health.py).

It stands above every other app (it reads and writes all their tables) and no app imports it.
"""
