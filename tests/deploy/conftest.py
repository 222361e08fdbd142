import pytest


@pytest.fixture(autouse=True)
def one_torch_thread():
    """Embed with one thread, as the Celery workers do (marketplace.celery): several times
    faster on a machine whose cores are busy with other processes."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
