"""The README checker finds each Python block and reports mypy's errors at README lines."""

from __future__ import annotations

from tests.readme_snippets import blocks, check

SAMPLE = """\
# Title

```python
vendor = client.vendors.create(name="Acme")
print(vendor.id.upper())
```

Some prose.

```python
bill.bill_line_items[0].amount
client.vendors.create(nam="typo")
```
"""


def test_blocks_are_found_with_their_lines() -> None:
    assert blocks(SAMPLE) == [
        (4, 'vendor = client.vendors.create(name="Acme")\nprint(vendor.id.upper())\n'),
        (11, 'bill.bill_line_items[0].amount\nclient.vendors.create(nam="typo")\n'),
    ]


def test_errors_are_reported_at_their_readme_line() -> None:
    errors = [e for e in check(SAMPLE, "SAMPLE.md") if ": error:" in e]
    assert [e.split(": error:")[0] for e in errors] == ["SAMPLE.md:11", "SAMPLE.md:12"]
    assert "not indexable" in errors[0] and '"nam"' in errors[1]
