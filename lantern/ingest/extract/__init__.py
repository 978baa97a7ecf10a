"""Reading a document's facts from its extracted text and layout (no network; only `publisher` and
`suggest` read the catalogue's organisations and vocabularies).

Each module answers one question (title, date, language, identifiers, summary…) and is
tuned to the field's grey literature rather than to any one test document.
"""
