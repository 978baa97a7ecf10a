"""Engine structures over search_searchdocument: FTS5 on SQLite, a weighted tsvector on PostgreSQL."""

from django.db import migrations

FTS_COLUMNS = "title, abstract, meta, body"

SQLITE_FORWARD = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5({FTS_COLUMNS},
        content='search_searchdocument', content_rowid='resource_id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {FTS_COLUMNS})
        VALUES (new.resource_id, new.title, new.abstract, new.meta, new.body); END""",
    f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.resource_id, old.title, old.abstract, old.meta, old.body); END""",
    f"""CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.resource_id, old.title, old.abstract, old.meta, old.body);
        INSERT INTO search_fts(rowid, {FTS_COLUMNS})
        VALUES (new.resource_id, new.title, new.abstract, new.meta, new.body); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    """ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(abstract, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(meta, '')), 'C') ||
        setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 500000)), 'D')
    ) STORED""",
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING GIN (vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
