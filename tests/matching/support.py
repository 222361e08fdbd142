"""Shared by the matcher tests: a fresh index directory per test, and waiting out a refresh."""

import time
from contextlib import contextmanager
from pathlib import Path

from matching import engine


@contextmanager
def fresh_index(settings, tmp_path: Path):
    """Point the matcher at an empty index directory and forget what this process loaded."""
    settings.MATCHING_INDEX_DIR = tmp_path / "index"
    forget_loaded_indexes()
    try:
        yield settings.MATCHING_INDEX_DIR
    finally:
        forget_loaded_indexes()


def forget_loaded_indexes() -> None:
    """As if this process had just started."""
    engine._snapshots.clear()
    engine._bases.clear()
    engine._rankings.clear()
    engine.index_store.cache_clear()


def after_refresh() -> None:
    """A process re-reads the index and stored vectors at most once per REFRESH_EVERY."""
    time.sleep(engine.REFRESH_EVERY + 0.05)


class CountingEncode:
    """Wraps the real Encoder.encode to count what the engine asks it to embed."""

    def __init__(self, encode) -> None:
        self.encode = encode
        self.calls: list[int] = []

    def __call__(self, texts: list[str]):
        self.calls.append(len(texts))
        return self.encode(texts)


def count_encodes(monkeypatch) -> CountingEncode:
    encoder = engine.encoder()
    counter = CountingEncode(encoder.encode)
    monkeypatch.setattr(encoder, "encode", counter)
    return counter
