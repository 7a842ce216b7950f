"""The package layout's promises: imports run top-down with no cycle, and the core never
imports discord, so the CLI and the Discord bot stay two shells over one core."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    path = BOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or path.is_dir()


def _imports(path: Path) -> set[str]:
    """Every module of ours that `path` imports, at module level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names}
            modules = {name for name in submodules if _is_module(name)}
            found.update(modules)
            if len(modules) < len(submodules):
                found.add(node.module)
    return found


def _graph() -> dict[str, set[str]]:
    graph = {_module_name(path): _imports(path) for path in BOT.rglob("*.py")}
    return {module: {dep for dep in deps if dep in graph and dep != module} for module, deps in graph.items()}


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A path start -> ... -> start, if there is one (depth-first search)."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        module, path = stack.pop()
        for dep in graph[module]:
            if dep == start:
                return [*path, start]
            if dep not in seen:
                seen.add(dep)
                stack.append((dep, [*path, dep]))
    return None


def test_no_module_of_bot_imports_itself_through_others():
    graph = _graph()
    cycles = [cycle for module in sorted(graph) if (cycle := _cycle_from(module, graph))]
    assert cycles == []


def test_the_core_never_imports_discord():
    offenders = []
    for path in (BOT / "core").rglob("*.py"):
        if any(name.split(".")[0] == "discord" for name in _imports(path)):
            offenders.append(path.name)
    assert offenders == []


def test_engines_do_not_import_the_command_layer():
    graph = _graph()
    assert [
        module for module, deps in graph.items() if "bot.core.api" in deps and module.startswith("bot.core")
    ] == []
