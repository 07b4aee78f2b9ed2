"""Configuration of the conformance suite.

Environment (scripts/test.sh sets all of these):
  CLAIMGRAPH_BIN      the `claimgraph` executable (release build); tests that run it fail without it
  OXIGRAPH_URL        base URL of a running Oxigraph server (http://127.0.0.1:PORT); the database tests fail without it
  CLAIMGRAPH_REPO     the repository root (default: two folders above this file)
  CLAIMGRAPH_OUTPUT   the committed output folder (default: REPO/output)
  CLAIMGRAPH_WORKDIR  a scratch folder for fresh extractions and converted graphs (default: a temporary folder)

The per-file and per-document tests run against two output sets: "committed" (output/ as in the repo) and
"fresh" (a new extraction of seeds/ with rules/ into the scratch folder, with the formats found in output/).
A missing input makes the tests that need it fail, never skip.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import cgtest

REPO = Path(os.environ.get("CLAIMGRAPH_REPO") or Path(__file__).resolve().parents[2]).resolve()
COMMITTED = Path(os.environ.get("CLAIMGRAPH_OUTPUT") or REPO / "output").resolve()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RESOURCES = REPO / "Sources" / "ClaimGraph" / "Resources"


@cache
def workdir() -> Path:
    given = os.environ.get("CLAIMGRAPH_WORKDIR")
    if given:
        path = Path(given).resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path
    path = Path(tempfile.mkdtemp(prefix="claimgraph-conformance-"))
    atexit.register(shutil.rmtree, path, True)
    return path


def claimgraph_binary() -> tuple[Path | None, str | None]:
    value = os.environ.get("CLAIMGRAPH_BIN")
    if not value:
        return None, "CLAIMGRAPH_BIN is not set (the path of the release `claimgraph` executable)"
    path = Path(value)
    if not (path.is_file() and os.access(path, os.X_OK)):
        return None, f"CLAIMGRAPH_BIN={value} is not an executable file"
    return path.resolve(), None


def extraction_formats() -> str:
    """The --format list that reproduces the committed output (rdfxml and jsonld always; nquads/turtle when
    output/ has per-document .nq/.ttl files)."""
    formats = ["rdfxml", "jsonld"]
    if COMMITTED.is_dir():
        stems = set(cgtest.document_stems(COMMITTED))
        if any(p.stem in stems for p in COMMITTED.glob("*.nq")):
            formats.append("nquads")
        if any(p.stem in stems for p in COMMITTED.glob("*.ttl")):
            formats.append("turtle")
    return ",".join(formats)


def seed_inputs() -> list[Path]:
    return sorted(p for p in (REPO / "seeds").iterdir() if p.is_file() and not p.name.startswith("."))


@cache
def extraction(name: str) -> tuple[Path | None, str | None]:
    """Runs `claimgraph extract` into WORKDIR/<name> once per session: "fresh" and "rerun" with the default
    inputs, "reversed" with the seed files given explicitly in reverse order."""
    binary, error = claimgraph_binary()
    if error:
        return None, error
    out = workdir() / f"extract-{name}"
    shutil.rmtree(out, ignore_errors=True)
    args = [binary, "extract"]
    if name == "reversed":
        args += [str(p.relative_to(REPO)) for p in reversed(seed_inputs())]
    args += ["--output", str(out), "--format", extraction_formats()]
    proc = cgtest.run(args, cwd=REPO)
    if proc.returncode != 0:
        return None, f"`{' '.join(map(str, args))}` failed:\n{cgtest.describe(proc)}"
    if not out.is_dir():
        return None, f"`{' '.join(map(str, args))}` exited 0 but wrote no folder {out}"
    return out, None


def output_sets() -> list[tuple[str, Path | None, str | None]]:
    committed_error = None if COMMITTED.is_dir() else f"no committed output folder {COMMITTED}"
    fresh, fresh_error = extraction("fresh")
    return [("committed", COMMITTED if committed_error is None else None, committed_error), ("fresh", fresh, fresh_error)]


@dataclass(frozen=True)
class Case:
    """One parameter of a per-file or per-document test: a path in an output set, or why there is none."""

    label: str
    root: Path | None = None
    name: str | None = None
    error: str | None = None

    @property
    def path(self) -> Path:
        if self.error:
            pytest.fail(self.error, pytrace=False)
        assert self.root is not None and self.name is not None
        return self.root / self.name

    @property
    def stem(self) -> str:
        """For a document case: the document's stem."""
        return self.path.name

    def file(self, suffix: str) -> Path:
        """For a document case: the document's file with this suffix (".rdf", ".jsonld"...)."""
        return self.path.with_name(self.stem + suffix)

    def __str__(self) -> str:
        return f"{self.label}:{self.name}" if self.error is None else f"{self.label}:ERROR"


def file_cases(suffixes: set[str] | None) -> list[Case]:
    cases = []
    for label, root, error in output_sets():
        if error:
            cases.append(Case(label, error=error))
            continue
        assert root is not None
        files = [p for p in cgtest.rdf_files(root) if suffixes is None or p.suffix in suffixes]
        if not files:
            kinds = ", ".join(sorted(suffixes)) if suffixes else "RDF"
            cases.append(Case(label, error=f"no {kinds} files in {root}"))
        cases += [Case(label, root, str(p.relative_to(root))) for p in files]
    return cases


def document_cases() -> list[Case]:
    cases = []
    for label, root, error in output_sets():
        if error:
            cases.append(Case(label, error=error))
            continue
        assert root is not None
        stems = cgtest.document_stems(root)
        if not stems:
            cases.append(Case(label, error=f"no per-document .rdf files in {root}"))
        cases += [Case(label, root, stem) for stem in stems]
    return cases


def output_dir_cases() -> list[Case]:
    return [Case(label, error=error) if error else Case(label, root, ".") for label, root, error in output_sets()]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    params = {
        "output_file": lambda: file_cases(None),
        "rdfxml_file": lambda: file_cases({".rdf"}),
        "jsonld_file": lambda: file_cases({".jsonld"}),
        "document": document_cases,
        "output_dir": output_dir_cases,
    }
    for name, make in params.items():
        if name in metafunc.fixturenames:
            cases = make()
            metafunc.parametrize(name, cases, ids=[str(c) for c in cases])


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def committed_dir() -> Path:
    if not COMMITTED.is_dir():
        pytest.fail(f"no committed output folder {COMMITTED}", pytrace=False)
    return COMMITTED


@pytest.fixture(scope="session")
def claimgraph_bin() -> Path:
    path, error = claimgraph_binary()
    if error:
        pytest.fail(error, pytrace=False)
    assert path is not None
    return path


def _extracted(name: str) -> Path:
    path, error = extraction(name)
    if error:
        pytest.fail(error, pytrace=False)
    assert path is not None
    return path


@pytest.fixture(scope="session")
def fresh_dir() -> Path:
    return _extracted("fresh")


@pytest.fixture(scope="session")
def rerun_dir() -> Path:
    return _extracted("rerun")


@pytest.fixture(scope="session")
def reversed_dir() -> Path:
    return _extracted("reversed")


@pytest.fixture(scope="session")
def scratch() -> Path:
    return workdir()


@pytest.fixture(scope="session")
def oxigraph_url() -> str:
    url = os.environ.get("OXIGRAPH_URL")
    if not url:
        pytest.fail("OXIGRAPH_URL is not set (the base URL of a running `oxigraph serve`)", pytrace=False)
    return url.rstrip("/")
