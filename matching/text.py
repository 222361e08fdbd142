"""Text preparation shared by the encoder, BM25 and the explanations."""

import hashlib
import re
import unicodedata

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
# Letters and digits of any script, so Welsh, French or Polish words stay whole.
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"[ \t\f\v]+")
_LINE_EDGES = re.compile(r" *\n *")
# Control and format characters (zero-width spaces, bidi marks) but not the newline.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")

# Long enough for a paragraph, short enough that the model (256 word pieces) reads it whole.
PASSAGE_WORDS = 120
PASSAGE_OVERLAP = 30

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "we",
        "you",
        "your",
        "they",
        "them",
        "these",
        "those",
        "which",
        "who",
        "can",
        "may",
        "should",
        "would",
        "could",
        "not",
        "no",
        "but",
        "if",
        "than",
        "then",
        "so",
        "such",
        "also",
        "all",
        "any",
        "each",
        "more",
        "most",
        "other",
        "some",
        "what",
        "when",
        "where",
        "how",
    ]
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACE.sub(" ", _CONTROL.sub(" ", text))
    # Spaces at line ends are invisible; they must not change the hash.
    return _LINE_EDGES.sub("\n", text).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def sentences(text: str) -> list[str]:
    parts = (part.strip(" -•*") for part in _SENTENCE_END.split(normalise(text)))
    return [part for part in parts if len(part.split()) >= 3]


def passages(text: str, words: int = PASSAGE_WORDS, overlap: int = PASSAGE_OVERLAP) -> list[str]:
    """Windows of about `words` words, overlapping so no sentence is cut off from context."""
    tokens = normalise(text).split()
    if not tokens:
        return []
    if len(tokens) <= words:
        return [" ".join(tokens)]
    step = words - overlap
    starts = range(0, max(len(tokens) - overlap, 1), step)
    return [" ".join(tokens[start : start + words]) for start in starts]


def terms(text: str) -> list[str]:
    """Lower-cased word tokens for BM25, without stopwords."""
    return [t for t in _WORD.findall(normalise(text).lower()) if t not in STOPWORDS]
