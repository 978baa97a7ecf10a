"""Every setting Lantern reads is documented in docs/settings.md."""

from __future__ import annotations

import re

from conftest import REPO

READ = re.compile(r'(?:env_(?:str|bool|int|list)|environ\.get|getenv)\(\s*"([A-Z][A-Z0-9_]+)"')


def test_every_environment_variable_is_documented():
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)`", (REPO / "docs" / "settings.md").read_text(), re.M))
    sources = [*(REPO / "lantern").rglob("*.py"), *(REPO / "scripts").glob("*.py")]
    read = {name for path in sources for name in READ.findall(path.read_text())}
    assert read, "no settings found: the pattern is out of date"
    assert read - documented == set(), "undocumented settings"
    assert documented - read == set(), "documented settings that nothing reads"
