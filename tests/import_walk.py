"""The AST walk the import tests share (tests/core/test_core_purity.py, tests/test_layers.py).

Test modules import it as `import_walk`: tests/ has no __init__.py, and pytest's default
"prepend" import mode puts the directory of tests/conftest.py (tests/) at the front of sys.path
before it collects any test, so the name resolves from tests/core/ as well as from tests/.
"""

import ast


def imported_modules(source: str, package: str | None = None) -> list[str]:
    """Every absolute module name a source file imports, `from x import y` giving `x.y`.

    The whole tree is walked, so imports inside functions and under `if TYPE_CHECKING:` count.
    Relative imports resolve against `package`, the dotted package the file lives in (the
    package itself for an `__init__.py`); without one they are left out.
    """
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute_module(node, package)
            if module is not None:
                names.extend(_from_import_names(module, node.names))
    return names


def _absolute_module(node: ast.ImportFrom, package: str | None) -> str | None:
    if node.level == 0:
        return node.module
    if package is None:
        return None
    parts = package.split(".")
    if node.level > len(parts):
        # The same error Python raises at import time, rather than a silently wrong name.
        raise ImportError(f"{'.' * node.level}{node.module or ''} climbs above {parts[0]}")
    base = parts[: len(parts) - node.level + 1]
    return ".".join(base + [node.module] if node.module else base)


def _from_import_names(module: str, aliases: list[ast.alias]) -> list[str]:
    return [module if alias.name == "*" else f"{module}.{alias.name}" for alias in aliases]
