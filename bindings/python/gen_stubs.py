"""Writes the type stubs (velferd/*.pyi) of the velferd Python package from
its sources, so that they follow the code: signatures and annotations as
written, default values as ``...``, docstrings kept (IDEs show them), bodies
dropped, private names left out. The build runs it (bindings/python/
CMakeLists.txt) into the assembled package; the stubs are not kept in git:

    /usr/bin/python3 bindings/python/gen_stubs.py OUTPUT_DIR

Modules not listed in MODULES (the batch column layer, and modules added by
other work) have no stub: type checkers read their inline annotations.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import List

PKG = Path(__file__).resolve().parent / "velferd"
MODULES = ["__init__", "errors", "enums", "money", "context", "client", "register", "rules",
           "indicators", "classify", "kostra", "labels", "network", "trend"]
HEADER = "# Generated from {name}.py by bindings/python/gen_stubs.py: do not edit.\n"

# Module-level names whose type the value does not show.
ANNOTATIONS = {"__version__": ast.Name("str")}

# The SWIG module: untyped, reached through the typed modules.
CORE_STUB = '''# Written by bindings/python/gen_stubs.py: the SWIG-generated module is untyped.
"""Raw SWIG layer of velferd (bindings/core/*.i); use the typed modules instead."""
from typing import Any

def __getattr__(name: str) -> Any: ...
'''


def _public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _doc(node) -> List[ast.stmt]:
    d = ast.get_docstring(node, clean=False)
    return [ast.Expr(ast.Constant(d))] if d else []


def _function(fn):
    a = fn.args
    a.defaults = [ast.Constant(...) for _ in a.defaults]
    a.kw_defaults = [None if d is None else ast.Constant(...) for d in a.kw_defaults]
    fn.body = _doc(fn) or [ast.Expr(ast.Constant(...))]
    fn.decorator_list = [d for d in fn.decorator_list
                         if not (isinstance(d, ast.Call) and getattr(d.func, "id", "") == "lru_cache")]
    return fn


def _value_annotation(v) -> ast.expr:
    if isinstance(v, ast.Constant) and v.value is not None:
        return ast.Name(type(v.value).__name__)
    for kind, name in ((ast.Tuple, "tuple"), (ast.List, "list"), (ast.Dict, "dict"),
                       (ast.Set, "set")):
        if isinstance(v, kind):
            return ast.Name(name)
    return ast.Name("Any")


def _class(cls):
    body: List[ast.stmt] = _doc(cls)
    is_enum = any("Enum" in ast.unparse(b) for b in cls.bases)
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _public(node.name):
            body.append(_function(node))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and _public(node.target.id):
            node.value = ast.Constant(...) if node.value is not None else None
            body.append(node)
        elif isinstance(node, ast.Assign) and is_enum and all(
                isinstance(t, ast.Name) and not t.id.startswith("_") for t in node.targets):
            body.append(node)
        elif isinstance(node, ast.ClassDef) and _public(node.name):
            body.append(_class(node))
    cls.body = body or [ast.Expr(ast.Constant(...))]
    return cls


def stub(name: str, pkg: Path = PKG) -> str:
    """The stub text of module ``name`` of the package whose sources are in
    ``pkg`` (the source tree's by default; the tests pass the package under
    test, which may be an installed copy)."""
    tree = ast.parse((pkg / f"{name}.py").read_text(encoding="utf-8"))
    out: List[ast.stmt] = _doc(tree)
    uses_any = False
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue  # stubs are never executed
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            node.names = [a for a in node.names if not a.name.startswith("_") or a.asname]
            if node.names:
                out.append(node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _public(node.name):
            out.append(_function(node))
        elif isinstance(node, ast.ClassDef) and _public(node.name):
            out.append(_class(node))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and _public(node.target.id):
            node.value = ast.Constant(...) if node.value is not None else None
            out.append(node)
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if len(targets) == 1 and isinstance(targets[0], ast.Name) and targets[0].id == "__all__":
                out.append(node)
            elif len(targets) == 1 and isinstance(targets[0], ast.Name) and _public(targets[0].id):
                ann = ANNOTATIONS.get(targets[0].id) or _value_annotation(node.value)
                uses_any |= isinstance(ann, ast.Name) and ann.id == "Any"
                out.append(ast.AnnAssign(targets[0], ann, None, 1))
    if uses_any:
        out.insert(len(_doc(tree)), ast.ImportFrom("typing", [ast.alias("Any")], 0))
    text = ast.unparse(ast.fix_missing_locations(ast.Module(out, [])))
    return HEADER.format(name=name) + text + "\n"


def main(argv: List[str]) -> int:
    if len(argv) != 1:
        print("usage: gen_stubs.py OUTPUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    texts = {f"{m}.pyi": stub(m) for m in MODULES}
    texts["core.pyi"] = CORE_STUB
    for fname, text in texts.items():
        path = out / fname
        # Rewrite only on change, so the build does not see new files each time.
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
