"""FAISS indexes keyed by database ids, and versioned index files that every process follows.

A small catalogue is searched exactly (inner product on normalised vectors = cosine). Past
`approximate_from` vectors an inverted-file index (IVF-Flat) takes over. Measured with
bench_matching (docs/benchmarks.md): at 100k vectors IVF and HNSW both keep recall@10 above
0.99 at well under a millisecond a query, but IVF builds 5-9 times faster, which matters
because rebuilds run while the product is live.
"""

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from matching.contracts import IndexUnavailable

logger = logging.getLogger(__name__)

APPROXIMATE_FROM = 50_000
# A search answers one request; parallelism comes from the workers. With FAISS's OpenMP
# threads spinning beside torch's in the same process, a 100k ranking took p50 8-24 ms
# with 2 threads and 5 ms with 1 (docs/benchmarks.md). The thread count is shared with
# torch (one OpenMP runtime), so it is lowered only for the search itself.
SEARCH_THREADS = 1
IVF_LISTS_PER_SQRT = 4  # nlist = 4 * sqrt(n), the usual rule of thumb
IVF_PROBES = 16
IVF_TRAINING_PER_LIST = 40


def build_index(
    ids: np.ndarray, vectors: np.ndarray, approximate_from: int = APPROXIMATE_FROM
) -> faiss.Index:
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    dimension = vectors.shape[1]
    with omp_threads(os.cpu_count() or 1):
        if len(vectors) and len(vectors) >= approximate_from:
            inner = _trained_ivf(vectors)
        else:
            inner = faiss.IndexFlatIP(dimension)
        index = faiss.IndexIDMap2(inner)
        if len(vectors):
            index.add_with_ids(vectors, np.ascontiguousarray(ids, dtype=np.int64))
    return index


@contextmanager
def omp_threads(count: int):
    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(count)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)


def _trained_ivf(vectors: np.ndarray) -> faiss.Index:
    # FAISS needs several training points per list; tiny indexes get fewer lists.
    lists = max(1, min(int(IVF_LISTS_PER_SQRT * np.sqrt(len(vectors))), len(vectors) // 39))
    quantizer = faiss.IndexFlatIP(vectors.shape[1])
    ivf = faiss.IndexIVFFlat(quantizer, vectors.shape[1], lists, faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(0).permutation(len(vectors))[: lists * IVF_TRAINING_PER_LIST]
    ivf.train(vectors[np.sort(sample)])
    return prepare_for_search(ivf)


def prepare_for_search(index: faiss.Index) -> faiss.Index:
    """Search settings that files do not keep, and lookup by id for re-scoring candidates."""
    # An IndexIDMap wraps the searching index; FAISS's SWIG classes carry no type hints.
    inner = faiss.downcast_index(index.index) if hasattr(index, "id_map") else index  # type: ignore[attr-defined]
    if isinstance(inner, faiss.IndexIVF):
        inner.nprobe = IVF_PROBES
        inner.make_direct_map()
    return index


def search(index: faiss.Index, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (scores, ids) per query row; ids of -1 mark empty slots."""
    if index.ntotal == 0 or len(queries) == 0:
        # FAISS's own convention for slots it cannot fill: id -1.
        shape = (len(queries), k)
        return np.full(shape, -np.inf, dtype=np.float32), np.full(shape, -1, dtype=np.int64)
    with omp_threads(SEARCH_THREADS):
        return index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, index.ntotal))


@dataclass(frozen=True)
class Pointer:
    """Which version is current, when the data it holds was read, and what built it."""

    version: int
    built_at: float
    meta: dict = field(default_factory=dict)
    # SHA-256 of each file of the version, by suffix; empty for versions written before.
    checksums: dict = field(default_factory=dict)


@dataclass
class LoadedIndex:
    version: int
    index: faiss.Index
    built_at: float
    extras: dict[str, np.ndarray] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)


class IndexStore:
    """Versioned index files in one directory, shared by every process that can read it.

    Layout: `<name>.v<version>.faiss` files, each with a `.npz` of arrays that belong to the
    same version, and a `<name>.json` pointer naming the current version. A rebuild writes
    the new files, then replaces the pointer with os.replace, which is atomic: a reader sees
    the old version or the new one, never half of either.
    """

    def __init__(self, directory: str | Path, check_every: float = 1.0) -> None:
        self.directory = Path(directory)
        self.check_every = check_every
        self._loaded: dict[str, LoadedIndex] = {}
        self._checked_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def _pointer(self, name: str) -> Path:
        return self.directory / f"{name}.json"

    def _file(self, name: str, version: int) -> Path:
        return self.directory / f"{name}.v{version}.faiss"

    def built_at(self, name: str) -> float | None:
        pointer = self.pointer(name)
        return None if pointer is None else pointer.built_at

    def current_version(self, name: str) -> int | None:
        pointer = self.pointer(name)
        return None if pointer is None else pointer.version

    def _extras_file(self, name: str, version: int) -> Path:
        return self.directory / f"{name}.v{version}.npz"

    def publish(
        self,
        name: str,
        index: faiss.Index,
        extras: dict[str, np.ndarray] | None = None,
        built_at: float | None = None,
        meta: dict | None = None,
    ) -> int:
        """Write `index` and its `extras` as the next version and make it current.

        `built_at` is when the data it was built from was read (default: now); `meta` is
        kept in the pointer (JSON), readable without loading the index.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        version = (self.current_version(name) or 0) + 1
        while self._file(name, version).exists():
            version += 1
        target = self._file(name, version)
        partial = target.with_suffix(".partial")
        with open(partial, "wb") as handle:
            np.savez(handle, **(extras or {}))  # type: ignore[arg-type]  # numpy's stub: kwargs vs allow_pickle
        checksums = {"npz": _sha256(partial)}
        os.replace(partial, self._extras_file(name, version))
        faiss.write_index(index, str(partial))
        checksums["faiss"] = _sha256(partial)
        os.replace(partial, target)
        built_at = time.time() if built_at is None else built_at
        payload = {"version": version, "built_at": built_at, "meta": meta or {}}
        self._write_pointer(name, {**payload, "checksums": checksums})
        self._remove_old_versions(name, keep={version, version - 1})
        return version

    def _write_pointer(self, name: str, payload: dict) -> None:
        fd, temporary = tempfile.mkstemp(dir=self.directory, prefix=f".{name}.", suffix=".json")
        with os.fdopen(fd, "w") as handle:
            json.dump(payload, handle)
        os.replace(temporary, self._pointer(name))

    def _remove_old_versions(self, name: str, keep: set[int]) -> None:
        # The previous version stays for readers that have not switched yet.
        for path in self.directory.glob(f"{name}.v*.*"):
            try:
                version = int(path.name.rsplit(".v", 1)[1].split(".")[0])
            except ValueError:
                continue
            if version not in keep:
                path.unlink(missing_ok=True)

    def get(self, name: str) -> LoadedIndex:
        """The current index, reloaded when another process has published a newer version."""
        with self._lock:
            loaded = self._loaded.get(name)
            now = time.monotonic()
            if loaded and now - self._checked_at.get(name, 0) < self.check_every:
                return loaded
            self._checked_at[name] = now
            pointer = self.pointer(name)
            if pointer is None:
                raise IndexUnavailable(f"No index has been built for {name}.")
            if loaded and loaded.version == pointer.version:
                return loaded
            self._loaded[name] = self._read(name, pointer)
            return self._loaded[name]

    def pointer(self, name: str) -> Pointer | None:
        try:
            payload = json.loads(self._pointer(name).read_text())
            meta = payload.get("meta") or {}
            checksums = payload.get("checksums") or {}
            return Pointer(
                int(payload["version"]), float(payload["built_at"]), dict(meta), dict(checksums)
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def check(self, name: str) -> None:
        """Raise IndexUnavailable unless the current version's files are intact on disk.

        Reads the files again even where this process holds the version in memory.
        """
        pointer = self.pointer(name)
        if pointer is None:
            return
        if pointer.checksums:
            self._verify(name, pointer)
        else:
            self._read(name, pointer)

    def _verify(self, name: str, pointer: Pointer) -> None:
        files = {"faiss": self._file(name, pointer.version)}
        files["npz"] = self._extras_file(name, pointer.version)
        for suffix, path in files.items():
            try:
                intact = _sha256(path) == pointer.checksums.get(suffix)
            except OSError as exc:
                logger.warning("Index file %s is unreadable: %s", path.name, exc)
                raise IndexUnavailable(f"The index file for {name} is unreadable.") from exc
            if not intact:
                # FAISS reads a file damaged in the middle without complaint, and would then
                # rank by garbage vectors or ids that name no document.
                logger.warning("Index file %s does not match its checksum", path.name)
                raise IndexUnavailable(f"The index file for {name} is unreadable.")

    def _read(self, name: str, pointer: Pointer) -> LoadedIndex:
        version = pointer.version
        path = self._file(name, version)
        if pointer.checksums:
            self._verify(name, pointer)
        try:
            index = faiss.read_index(str(path))
            with np.load(self._extras_file(name, version), allow_pickle=False) as archive:
                extras = {key: archive[key] for key in archive.files}
        except (RuntimeError, OSError, ValueError, zipfile.BadZipFile) as exc:
            logger.warning("Index files %s.* are unreadable: %s", path.stem, exc)
            raise IndexUnavailable(f"The index file for {name} is unreadable.") from exc
        # read_index already gives the concrete outer class, which owns the C++ object.
        index = prepare_for_search(index)
        return LoadedIndex(version, index, pointer.built_at, extras, pointer.meta)

    def forget(self, name: str) -> None:
        with self._lock:
            self._loaded.pop(name, None)
            self._checked_at.pop(name, None)


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
