"""The house a newcomer reads in minutes: no import cycle, short modules and functions,
and word lists as lexicon files rather than inline."""

import ast
import os
import re

import pytest
from factories import ROOT

MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
MAX_INLINE_WORDS = 24  # a list of 25 words or more is a lexicon file (briefing/lexicon/)

# Modules being rebuilt (split or moved to lexicon files) that do not meet the rules yet:
# each comes off this list when its new shape lands. Nothing may be added to it.
PENDING = {
    "bench/corpus.py", "bench/metadata.py", "bench/summaries.py",
}


def python_files(*tops):
    for top in tops:
        for folder, dirs, files in os.walk(os.path.join(ROOT, top)):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for name in sorted(files):
                if name.endswith(".py"):
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, ROOT).replace(os.sep, "/"), path


FILES = [(rel, path) for rel, path in python_files("briefing", "tests", "bench") if rel not in PENDING]


def parsed(path):
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    return source, ast.parse(source)


def inline_words(node) -> int:
    """How many words an inline list literal, a "w1 w2 ...".split() or a regex alternation holds."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    if isinstance(node, ast.Dict):
        return sum(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
        return len(node.func.value.value.split())
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("|") >= MAX_INLINE_WORDS:
        pieces = (re.sub(r"^(?:\\b|\^|\(\?:|\(|\[)*|(?:\)|\\b|\$)*$", "", p) for p in node.value.split("|"))
        return sum(bool(re.fullmatch(r"[A-Za-z][A-Za-z' ]*", p)) for p in pieces)
    return 0


@pytest.mark.parametrize("rel, path", FILES, ids=[rel for rel, _ in FILES])
def test_short_modules_short_functions_no_inline_word_lists(rel, path):
    source, tree = parsed(path)
    assert source.count("\n") <= MAX_MODULE_LINES, f"{rel}: over {MAX_MODULE_LINES} lines"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{rel}:{node.lineno} {node.name}() is {length} lines"
        words = inline_words(node)
        assert words <= MAX_INLINE_WORDS, f"{rel}:{node.lineno}: an inline list of {words} words (a lexicon file)"


def module_imports() -> dict[str, set[str]]:
    """briefing module -> the briefing modules it imports when it is imported (not inside functions)."""
    modules = {}
    for rel, path in python_files("briefing"):
        name = rel[:-3].replace("/", ".").removesuffix(".__init__")
        modules[name] = path
    graph = {}
    for name, path in modules.items():
        _source, tree = parsed(path)
        package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
        found = set()
        for node in tree.body:
            if isinstance(node, ast.If):  # `if TYPE_CHECKING:` imports are for the type checker only
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_no_import_cycle_in_briefing():
    graph = module_imports()
    assert graph["briefing.cli"] and graph["briefing.present.views"]  # the graph was read
    done, path = set(), []

    def visit(name):
        if name in path:
            cycle = path[path.index(name):] + [name]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if name in done:
            return
        path.append(name)
        for dep in sorted(graph[name]):
            visit(dep)
        path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_pending_modules_still_exist():
    # A module rebuilt into another shape leaves this list with it.
    missing = sorted(rel for rel in PENDING if not os.path.exists(os.path.join(ROOT, rel)))
    assert not missing, f"remove from PENDING: {missing}"


@pytest.mark.parametrize("rel,path", [(rel, path) for rel, path in FILES if rel.startswith("briefing/")])
def test_no_module_defines_a_name_twice(rel, path):
    # A second top-level assignment of the same name silently replaces the first for every function
    # of the module, the one written for it included.
    seen: dict[str, int] = {}
    twice = []
    for node in parsed(path)[1].body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, f"{rel} defines {', '.join(twice)}"
