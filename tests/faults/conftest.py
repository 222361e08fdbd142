import pytest

from tests.deploy.support import Service, free_port, procfile_command, wait_for
from tests.faults.support import Browser, RedisServer, collect_static, fault_environment

WEB_WORKERS = 2


class Stack:
    """gunicorn on a Redis of the test's own; a Celery worker beside it, started on demand."""

    def __init__(self, directory, redis_server, web, worker, port) -> None:
        self.directory = directory
        self.index_dir = directory / "index"
        self.redis = redis_server
        self.web = web
        self.worker = worker
        self.port = port

    def wait_until_ready(self) -> None:
        wait_for(
            lambda: Browser(self.port).get("/readyz").status_code == 200,
            timeout=60,
            what="the site to be ready",
            services=[self.web],
        )


@pytest.fixture(scope="module")
def web_stack(tmp_path_factory, django_db_setup, django_db_blocker):
    directory = tmp_path_factory.mktemp("faults")
    redis_server = RedisServer(directory)
    port = free_port()
    with django_db_blocker.unblock():
        environment = fault_environment(
            directory / "index",
            directory,
            redis_server,
            PORT=str(port),
            WEB_CONCURRENCY=str(WEB_WORKERS),
            # No worker is killed mid-task here: a task is handed out once, as in production.
            CELERY_VISIBILITY_TIMEOUT="3600",
            # One member's match requests go to every worker at once, to reach them all.
            RATE_LIMIT_IN_FLIGHT="100",
        )
    web = Service("web", procfile_command("web"), environment, directory / "web.log")
    # Started by the tests that need it: loading the model takes seconds of both cores.
    worker = Service("worker", procfile_command("worker"), environment, directory / "worker.log")
    try:
        collect_static(directory)
        redis_server.start()
        web.start()
        yield Stack(directory, redis_server, web, worker, port)
    finally:
        web.kill()
        worker.kill()
        redis_server.kill()
