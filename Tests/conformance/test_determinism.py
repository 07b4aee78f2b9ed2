"""Determinism and the golden check: a fresh extraction is byte-identical to the committed output/, two runs
are byte-identical, and giving the inputs in reverse order changes nothing."""

from __future__ import annotations

from pathlib import Path


def listing(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}:\n  - {x[:300]}\n  + {y[:300]}"
    return f"{len(la)} vs {len(lb)} lines"


def assert_same_files(expected: Path, actual: Path, what: str) -> None:
    a, b = listing(expected), listing(actual)
    assert a, f"{expected} is empty"
    assert sorted(a) == sorted(b), f"{what}: file sets differ: only in {expected}: {sorted(set(a) - set(b))}, only in {actual}: {sorted(set(b) - set(a))}"
    differing = [name for name in a if a[name] != b[name]]
    details = "\n".join(f"{name}: {first_difference(a[name], b[name])}" for name in differing[:5])
    assert not differing, f"{what}: {len(differing)} files differ: {differing}\n{details}"


def test_golden_fresh_extraction_equals_committed_output(committed_dir, fresh_dir):
    assert_same_files(committed_dir, fresh_dir, "fresh extraction vs committed output/ (regenerate with scripts/extract.sh)")


def test_two_runs_are_byte_identical(fresh_dir, rerun_dir):
    assert_same_files(fresh_dir, rerun_dir, "two extractions")


def test_reverse_input_order_gives_the_same_files(fresh_dir, reversed_dir):
    assert_same_files(fresh_dir, reversed_dir, "inputs in reverse order")
