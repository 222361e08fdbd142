import numpy as np
from django.db import models


class DocumentKind(models.TextChoices):
    CHALLENGE = "challenge", "Challenge"
    SOLUTION = "solution", "Solution"


class StoredDocument(models.Model):
    """A document's text and its vectors, so an unchanged text is never embedded twice.

    Vectors are float32, L2-normalised, stored row after row as raw bytes.
    """

    kind = models.CharField(max_length=10, choices=DocumentKind.choices)
    object_id = models.PositiveBigIntegerField()
    model_name = models.CharField(max_length=120)
    text_hash = models.CharField(max_length=64)
    text = models.TextField()
    facts = models.JSONField(default=dict, blank=True)
    dimension = models.PositiveSmallIntegerField()
    passage_vectors = models.BinaryField()
    sentences = models.JSONField(default=list)
    sentence_vectors = models.BinaryField()
    is_searchable = models.BooleanField(default=True, db_index=True)
    # The document's yardstick as a query (matching.ranking.Scale) against each kind it is
    # ranked against, with the size of the corpus it was measured on; kept so a pair's score
    # holds still while the catalogue changes.
    scale = models.JSONField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "model_name"], name="stored_document_once_per_model"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.object_id} ({self.model_name})"

    def passages_matrix(self) -> np.ndarray:
        return np.frombuffer(bytes(self.passage_vectors), dtype=np.float32).reshape(
            -1, self.dimension
        )

    def sentences_matrix(self) -> np.ndarray:
        return np.frombuffer(bytes(self.sentence_vectors), dtype=np.float32).reshape(
            -1, self.dimension
        )
