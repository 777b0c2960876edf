"""The core imports no asyncio, faust, Kafka, HTTP or metrics libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "monitor"
CORE = [ROOT / "records.py", ROOT / "errors.py", *sorted((ROOT / "extract").glob("*.py")),
        *sorted((ROOT / "dedup").glob("*.py")), *sorted((ROOT / "alerts").glob("*.py"))]
FORBIDDEN = {"asyncio", "faust", "mode", "aiokafka", "aiohttp", "httpx", "requests", "prometheus_client",
             "socket", "http", "urllib", "threading", "agents", "monitor.runtime", "monitor.sinks", "monitor.ingest"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_is_pure(path: Path) -> None:
    bad = {n for n in _imports(path) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_the_check_itself_catches_a_forbidden_import(tmp_path: Path) -> None:
    p = tmp_path / "m.py"
    p.write_text("import asyncio\nfrom aiohttp import web\n")
    assert {"asyncio", "aiohttp"} <= _imports(p)


def test_core_list_is_not_empty() -> None:
    assert len(CORE) >= 12
