"""Type stubs and docstrings: every public name of the package is documented
(help() shows it) and typed in the stubs, the stubs follow the sources
(bindings/python/gen_stubs.py) and ship with the package."""
import ast
import importlib
import inspect
import pydoc
import sys
from pathlib import Path

import velferd

# gen_stubs.py sits next to the tests directory (scripts/package_python.sh
# copies both to run them against an installed package). It is imported after
# velferd, so the source tree on sys.path cannot shadow the package under test.
SRC = Path(__file__).resolve().parents[1]
sys.path.append(str(SRC))
import gen_stubs  # noqa: E402

# The package under test (the assembled build-tree package, or an installed
# one): the build generated its stubs there, from its own .py files.
PKG = Path(velferd.__file__).resolve().parent
CONSTANTS = {"BATCH_INPUTS", "BATCH_OUTPUTS", "NO_DATE"}


def _bound_names(tree: ast.Module):
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(a.asname or a.name.split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_stubs_are_up_to_date():
    for name in gen_stubs.MODULES:
        want = gen_stubs.stub(name, PKG)
        have = (PKG / f"{name}.pyi").read_text(encoding="utf-8")
        assert have == want, f"velferd/{name}.pyi is stale: rebuild (velferd_python_files)"


def test_every_public_name_has_a_docstring():
    assert len(velferd.__all__) == len(set(velferd.__all__))
    missing = []
    for name in velferd.__all__:
        obj = getattr(velferd, name)  # AttributeError if __all__ lists a name that is not there
        if name in CONSTANTS:
            continue
        if not (inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj)):
            missing.append(f"{name}: not a class, function or module")
        elif not inspect.getdoc(obj) or (inspect.isclass(obj) and obj.__doc__ is None):
            missing.append(name)
    assert not missing, f"no docstring: {missing}"


def test_public_methods_have_docstrings():
    missing = []
    for name in velferd.__all__:
        cls = getattr(velferd, name)
        if not inspect.isclass(cls) or not cls.__module__.startswith("velferd."):
            continue
        if cls.__module__.split(".")[1] not in gen_stubs.MODULES:
            continue  # modules without stubs are checked by their own tests
        for attr, v in vars(cls).items():
            if attr.startswith("_"):
                continue
            f = v.fget if isinstance(v, property) else getattr(v, "__func__", v)
            if (callable(f) or isinstance(v, property)) and not inspect.isclass(f) \
                    and not getattr(f, "__doc__", None):
                missing.append(f"{name}.{attr}")
    assert not missing, f"no docstring: {missing}"


def test_every_public_name_is_in_the_stubs():
    tree = ast.parse((PKG / "__init__.pyi").read_text(encoding="utf-8"))
    bound = _bound_names(tree)
    assert [n for n in velferd.__all__ if n not in bound] == []
    # and the stub's __all__ is the package's
    stub_all = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
                    and getattr(n.targets[0], "id", "") == "__all__")
    assert stub_all == velferd.__all__


def test_module_stubs_cover_their_modules():
    for name in gen_stubs.MODULES:
        if name == "__init__":
            continue
        mod = importlib.import_module(f"velferd.{name}")
        tree = ast.parse((PKG / f"{name}.pyi").read_text(encoding="utf-8"))
        bound = _bound_names(tree)
        defined = [n for n, v in vars(mod).items() if not n.startswith("_")
                   and (inspect.isclass(v) or inspect.isfunction(v))
                   and getattr(v, "__module__", "") == mod.__name__]
        assert [n for n in defined if n not in bound] == [], name
        # functions: same parameter names as at run time
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                want = list(inspect.signature(getattr(mod, node.name)).parameters)
                a = node.args
                got = [x.arg for x in a.posonlyargs + a.args]
                got += [a.vararg.arg] if a.vararg else []
                got += [x.arg for x in a.kwonlyargs]
                got += [a.kwarg.arg] if a.kwarg else []
                assert got == want, f"{name}.{node.name}"


def test_stubs_ship_with_the_package():
    # The package under test: the assembled one in the build tree, or the
    # installed wheel (scripts/package_python.sh).
    pkg = Path(velferd.__file__).resolve().parent
    for name in gen_stubs.MODULES + ["core"]:
        assert (pkg / f"{name}.pyi").is_file(), name
    assert (pkg / "py.typed").is_file()


def test_help_shows_the_docstrings():
    text = pydoc.render_doc(velferd.assistance_month, renderer=pydoc.plaintext)
    assert "sosialtjenesteloven" in text
    text = pydoc.render_doc(velferd.Indicators, renderer=pydoc.plaintext)
    assert "Every indicator and table" in text and "records_used" in text
