"""Okapi BM25 over a sparse term matrix: one sparse product scores every document at once."""

from collections import Counter

import numpy as np
from scipy import sparse

from matching.text import terms


class BM25:
    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.vocabulary: dict[str, int] = {}
        self.document_frequency = np.zeros(0, dtype=np.float32)
        self.n_docs = 0
        self.average_length = 0.0
        self.weights = sparse.csc_matrix((0, 0), dtype=np.float32)

    def fit(self, texts: list[str], statistics_from: "BM25 | None" = None) -> "BM25":
        """Fit on `texts`; with `statistics_from`, score as if they joined that collection.

        That is how a small segment of recent edits is scored on the same scale as the large
        segment it sits beside, without refitting the large one.
        """
        counts = [Counter(terms(text)) for text in texts]
        for doc in counts:
            for term in doc:
                self.vocabulary.setdefault(term, len(self.vocabulary))
        rows, cols, tfs = [], [], []
        for row, doc in enumerate(counts):
            for term, tf in doc.items():
                rows.append(row)
                cols.append(self.vocabulary[term])
                tfs.append(tf)
        shape = (len(texts), len(self.vocabulary))
        tf = sparse.csr_matrix((np.array(tfs, np.float32), (rows, cols)), shape=shape)
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        self.document_frequency = np.bincount(cols, minlength=shape[1]).astype(np.float32)
        self.n_docs = len(texts)
        self.average_length = float(lengths.mean()) if len(lengths) else 0.0
        n_docs, frequency, average = self.n_docs, self.document_frequency, self.average_length
        if statistics_from is not None and statistics_from.n_docs:
            n_docs += statistics_from.n_docs
            frequency = frequency + statistics_from.frequencies_of(list(self.vocabulary))
            average = statistics_from.average_length
        # Lucene's idf: never negative, so very common words add little rather than subtract.
        idf = np.log1p((n_docs - frequency + 0.5) / (frequency + 0.5)).astype(np.float32)
        norm = self.k1 * (1 - self.b + self.b * lengths / max(average, 1e-9))
        tf = tf.tocoo()
        values = tf.data * (self.k1 + 1) / (tf.data + norm[tf.row])
        values *= idf[tf.col]
        self.weights = sparse.csc_matrix((values, (tf.row, tf.col)), shape=shape)
        return self

    def frequencies_of(self, words: list[str]) -> np.ndarray:
        columns = [self.vocabulary.get(word, -1) for word in words]
        known = np.append(self.document_frequency, np.float32(0))
        return known[np.array(columns, dtype=np.int64)] if columns else known[:0]

    def scores(self, query: str) -> np.ndarray:
        """BM25 of the query against every fitted document, in fit order."""
        query_counts = Counter(t for t in terms(query) if t in self.vocabulary)
        if not query_counts:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        columns = [self.vocabulary[t] for t in query_counts]
        repeats = np.array(list(query_counts.values()), dtype=np.float32)
        return np.asarray(self.weights[:, columns] @ repeats).ravel().astype(np.float32)

    # Saved beside the FAISS index, so a process loads a large collection without refitting.

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {
            "bm25_parameters": np.array([self.k1, self.b, self.n_docs, self.average_length]),
            "bm25_vocabulary": np.array(list(self.vocabulary), dtype=str),
            "bm25_document_frequency": self.document_frequency,
            "bm25_data": self.weights.data,
            "bm25_indices": self.weights.indices,
            "bm25_indptr": self.weights.indptr,
            "bm25_shape": np.array(self.weights.shape, dtype=np.int64),
        }

    @classmethod
    def from_arrays(cls, arrays) -> "BM25":
        k1, b, n_docs, average_length = arrays["bm25_parameters"].tolist()
        model = cls(k1, b)
        model.n_docs, model.average_length = int(n_docs), average_length
        model.vocabulary = {word: i for i, word in enumerate(arrays["bm25_vocabulary"].tolist())}
        model.document_frequency = arrays["bm25_document_frequency"]
        model.weights = sparse.csc_matrix(
            (arrays["bm25_data"], arrays["bm25_indices"], arrays["bm25_indptr"]),
            shape=tuple(arrays["bm25_shape"].tolist()),
        )
        return model
