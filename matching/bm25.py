"""Okapi BM25 over a sparse term matrix: one sparse product scores every document at once."""

from collections import Counter

import numpy as np
from scipy import sparse

from matching.text import terms


class BM25:
    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.vocabulary: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float32)
        self.weights = sparse.csc_matrix((0, 0), dtype=np.float32)

    def fit(self, texts: list[str]) -> "BM25":
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
        average = lengths.mean() if len(lengths) else 0.0
        n_docs = np.bincount(cols, minlength=shape[1]).astype(np.float32)
        # Lucene's idf: never negative, so very common words add little rather than subtract.
        self.idf = np.log1p((len(texts) - n_docs + 0.5) / (n_docs + 0.5)).astype(np.float32)
        norm = self.k1 * (1 - self.b + self.b * lengths / max(average, 1e-9))
        tf = tf.tocoo()
        values = tf.data * (self.k1 + 1) / (tf.data + norm[tf.row])
        values *= self.idf[tf.col]
        self.weights = sparse.csc_matrix((values, (tf.row, tf.col)), shape=shape)
        return self

    def scores(self, query: str) -> np.ndarray:
        """BM25 of the query against every fitted document, in fit order."""
        query_counts = Counter(t for t in terms(query) if t in self.vocabulary)
        if not query_counts:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        columns = [self.vocabulary[t] for t in query_counts]
        repeats = np.array(list(query_counts.values()), dtype=np.float32)
        return np.asarray(self.weights[:, columns] @ repeats).ravel().astype(np.float32)
