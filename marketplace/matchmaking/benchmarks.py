"""The matcher's pieces that bench commands outside it time (bench_cohorts' clustering)."""

from matching.api import cluster_documents, default_cluster_count, encode, synthetic_vectors

__all__ = ["cluster_documents", "default_cluster_count", "encode", "synthetic_vectors"]
