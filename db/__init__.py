"""dateline's store: SQLite (sqlite-utils to write it, ``reader.Reader`` to read); never imports Textual."""

import importlib.machinery
import sys as _sys


class _WithoutNumpy:  # a meta path finder and loader (importlib.abc's bases would cost ~10 ms to import)
    """sqlite-utils imports numpy and pandas when they are installed, for their value
    types, which dateline never writes: ~80-100 ms wherever it is imported. Its module
    ``sqlite_utils.db``, when first imported (by whichever dateline module writes first),
    runs with them hidden, and only then; the reading path does not import it at all."""

    def find_spec(self, name, path=None, target=None):
        if name != "sqlite_utils.db":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            self.loader, spec.loader = spec.loader, self
        return spec

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        module.__loader__ = module.__spec__.loader = self.loader  # its source, for tracebacks
        _sys.meta_path[:] = [f for f in _sys.meta_path if f is not self]  # once is enough
        hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
        for name in hidden:
            _sys.modules[name] = None  # type: ignore[assignment]  # None makes its import raise ImportError (documented; typeshed allows modules only)
        try:
            self.loader.exec_module(module)
        finally:
            for name in hidden:
                if _sys.modules.get(name, 0) is None:
                    del _sys.modules[name]


if "sqlite_utils.db" not in _sys.modules:
    _sys.meta_path.insert(0, _WithoutNumpy())
