"""What a process loads as it starts, before its first request or task (see gunicorn.conf.py
and MatchmakingConfig.ready)."""

import logging

from matching import api

logger = logging.getLogger(__name__)


def load_published() -> None:
    """Each kind's published index, so that no request waits while a web worker loads it."""
    api.load_published()


def load_embedding_model_in_worker(**kwargs) -> None:
    """Load the model before taking tasks: the first publish then embeds in milliseconds,
    not after seconds of loading (CELERY_WORKER_PROC_ALIVE_TIMEOUT allows for it).

    Connected to Celery's worker_process_init: it runs in each pool process after the fork.
    """
    import torch

    # Parallelism comes from worker processes (--concurrency, one per core). Torch's own
    # threads on top fight them and anything else on the machine for cores: 16 sentences
    # took 1.2-1.9 s with 2 threads and 0.22 s with 1 on a busy 2-core machine.
    torch.set_num_threads(1)
    logger.info("Embedding model %s loaded", api.load_embedding_model())
