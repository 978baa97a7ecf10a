"""Engine structures over search_searchchunk (passages): FTS5 on SQLite, a tsvector on PostgreSQL."""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_chunk_fts USING fts5(text,
        content='search_searchchunk', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER search_chunk_fts_ai AFTER INSERT ON search_searchchunk BEGIN
        INSERT INTO search_chunk_fts(rowid, text) VALUES (new.id, new.text); END""",
    """CREATE TRIGGER search_chunk_fts_ad AFTER DELETE ON search_searchchunk BEGIN
        INSERT INTO search_chunk_fts(search_chunk_fts, rowid, text) VALUES ('delete', old.id, old.text); END""",
    """CREATE TRIGGER search_chunk_fts_au AFTER UPDATE OF text ON search_searchchunk BEGIN
        INSERT INTO search_chunk_fts(search_chunk_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_chunk_fts(rowid, text) VALUES (new.id, new.text); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_chunk_fts_au",
    "DROP TRIGGER IF EXISTS search_chunk_fts_ad",
    "DROP TRIGGER IF EXISTS search_chunk_fts_ai",
    "DROP TABLE IF EXISTS search_chunk_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE search_searchchunk ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, left(coalesce(text, ''), 500000))) STORED""",
    "CREATE INDEX search_chunk_tsv_gin ON search_searchchunk USING GIN (tsv)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_chunk_tsv_gin",
    "ALTER TABLE search_searchchunk DROP COLUMN IF EXISTS tsv",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_passages_thesaurus_vocabulary")]
    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
