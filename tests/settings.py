"""Test settings: the real settings with fast hashing, captured e-mail and inline tasks."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault(
    "SECRET_KEY", "tests-only-secret-key-that-is-long-enough-and-random-0123456789"
)

from marketplace.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Unit tests run tasks inline; the worker integration tests start a real Celery worker.
CELERY_TASK_ALWAYS_EAGER = True
SECURE_SSL_REDIRECT = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SITE_URL = "http://testserver"
# Never the project's own var/: a test that indexes an entry would publish an index of the
# test database over the one `make run` and the load test serve.
MATCHING_INDEX_DIR = Path(tempfile.mkdtemp(prefix="launchpad-test-index-"))
EXPORTS_DIR = Path(tempfile.mkdtemp(prefix="launchpad-test-exports-"))
for _scratch in (MATCHING_INDEX_DIR, EXPORTS_DIR):
    atexit.register(shutil.rmtree, _scratch, ignore_errors=True)

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that a second OS process in a test can open the same database;
    # one per test run, so that runs side by side do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
