"""Lantern's one settings module, driven by environment variables.

Every setting is documented in docs/settings.md (a test checks that each ``env_*`` name read
here is documented). Helpers reject bad values loudly; ``NAME_FILE`` variables are read as
secrets. With no environment at all Lantern runs on SQLite in ``./var``.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def env_str(name: str, default: str = "") -> str:
    """Read NAME, or the contents of the file named by NAME_FILE (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_name!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = env_str(name, "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true/false, 1/0, yes/no)")


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = env_str(name, "").strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from exc
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = env_str(name, "")
    if raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


LANTERN_ENV = env_str("LANTERN_ENV", "development").strip().lower()
if LANTERN_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(f"LANTERN_ENV={LANTERN_ENV!r} must be 'development' or 'production'")
PRODUCTION = LANTERN_ENV == "production"

DATA_DIR = Path(env_str("LANTERN_DATA_DIR", "var")).expanduser().resolve()
DEBUG = env_bool("LANTERN_DEBUG", False)


def _secret_key() -> str:
    key = env_str("LANTERN_SECRET_KEY")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("LANTERN_SECRET_KEY (or LANTERN_SECRET_KEY_FILE) is required in production")
    # Development: a key kept in the data directory, so sessions survive restarts.
    path = DATA_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list(
    "LANTERN_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("LANTERN_ALLOWED_HOSTS is required in production (comma-separated host names)")
CSRF_TRUSTED_ORIGINS = env_list("LANTERN_CSRF_TRUSTED_ORIGINS", [])
# The TLS proxies in front of `lantern serve`, whose X-Forwarded-For/Proto/Host/Port headers are
# believed (lantern/lib/proxies.py); anyone else's are removed. Empty: no proxy is trusted.
LANTERN_TRUSTED_PROXIES = env_list("LANTERN_TRUSTED_PROXIES", [])
LANTERN_TRUSTED_PROXY_COUNT = env_int("LANTERN_TRUSTED_PROXY_COUNT", 1, minimum=1)
try:
    from lantern.lib.proxies import parse_networks

    TRUSTED_PROXY_NETWORKS = parse_networks(LANTERN_TRUSTED_PROXIES)
except ValueError as exc:
    raise ImproperlyConfigured(f"LANTERN_TRUSTED_PROXIES: {exc}") from exc

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "lantern.catalog",
    "lantern.search",
    "lantern.ingest",
    "lantern.curation",
    "lantern.public",
    "lantern.api",
    "lantern.ops",
]

MIDDLEWARE = [
    # One line per request, whatever answers it (lantern/ops/logs.py; LANTERN_ACCESS_LOG).
    "lantern.ops.logs.AccessLogMiddleware",
    # /healthz answers probes before host checks and the HTTPS redirect (lantern/ops/health.py).
    "lantern.ops.health.HealthMiddleware",
    # First, so that it compresses everything below it, WhiteNoise's static files included.
    "lantern.lib.middleware.CompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lantern.lib.middleware.PrivacyHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "lantern.urls"
WSGI_APPLICATION = "lantern.wsgi.application"

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
                "lantern.public.context.site",
            ],
        },
    },
]


def _databases() -> dict:
    url = env_str("DATABASE_URL")
    if url:
        import dj_database_url

        try:
            config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        except ValueError as exc:
            raise ImproperlyConfigured(f"DATABASE_URL is not a database URL Lantern understands: {exc}") from exc
        if config["ENGINE"] not in {"django.db.backends.postgresql", "django.db.backends.sqlite3"}:
            raise ImproperlyConfigured("DATABASE_URL must name PostgreSQL (postgres://…) or SQLite (sqlite:///…)")
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(DATA_DIR / "lantern.sqlite3")}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets several processes read while a worker writes; IMMEDIATE avoids
        # "database is locked" upgrades from read to write inside a transaction.
        # The same backend, waiting for the write lock in a way a bulk import cannot starve.
        config["ENGINE"] = "lantern.lib.sqlite_backend"
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    config.setdefault("TEST", {})
    # A web thread keeps its connection between requests (checked before reuse) rather than
    # opening one per page: PostgreSQL starts a process for each, SQLite reads the schema again.
    config.setdefault("CONN_MAX_AGE", 600)
    config.setdefault("CONN_HEALTH_CHECKS", True)
    return {"default": config}


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The interface ships in these languages (catalogues in lantern/locale); the public site
# carries the language in its URL (/fr/…, /es/…), never in a cookie.
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("LANTERN_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Static files are served by WhiteNoise straight from the apps; `lantern collectstatic` into
# LANTERN_STATIC_ROOT is only needed when a front web server should serve them instead.
STATIC_ROOT = env_str("LANTERN_STATIC_ROOT") or None
WHITENOISE_USE_FINDERS = True
# collectstatic also writes a .gz (and .br) of each file, for WhiteNoise or a front web server;
# files served from the apps are compressed as they go out (CompressionMiddleware).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/files/"

# Uploads: a request body larger than this is refused before it is read.
LANTERN_MAX_UPLOAD_MB = env_int("LANTERN_MAX_UPLOAD_MB", 100, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Search
LANTERN_SEARCH_PAGE_SIZE = env_int("LANTERN_SEARCH_PAGE_SIZE", 20, minimum=1)

# Privacy and safety (see docs/settings.md)
LANTERN_SITE_NAME = env_str("LANTERN_SITE_NAME", "Lantern")
LANTERN_NO_STORE = env_bool("LANTERN_NO_STORE", True)
LANTERN_QUICK_EXIT_URL = env_str("LANTERN_QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

# Security: safe defaults everywhere, strict ones in production.
SECURE_CONTENT_TYPE_NOSNIFF = True
# Same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with every form
# post, even to this site, and the admin sign-in fails its CSRF check; other sites still get nothing.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("LANTERN_SSL_REDIRECT", True)
    # No SECURE_PROXY_SSL_HEADER: the server sets the request's scheme from a trusted proxy's
    # X-Forwarded-Proto (LANTERN_TRUSTED_PROXIES) and removes the header from anyone else.
    SECURE_HSTS_SECONDS = env_int("LANTERN_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("LANTERN_HSTS_PRELOAD", False)
    # Preloading is a one-way decision for the operator, so it stays opt-in.
    SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# --- Logs: one JSON object a line on standard error (lantern/ops/logs.py) ----------------------
# The access log names each request's path and its query's parameters, never their values (a
# search can say who a visitor is); the visitor's address only if the operator turns it on.
LANTERN_ACCESS_LOG = env_bool("LANTERN_ACCESS_LOG", True)
LANTERN_ACCESS_LOG_ADDRESSES = env_bool("LANTERN_ACCESS_LOG_ADDRESSES", False)
_LOG_LEVEL = env_str("LANTERN_LOG_LEVEL", "WARNING").strip().upper()
if _LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(f"LANTERN_LOG_LEVEL={_LOG_LEVEL!r}: use DEBUG, INFO, WARNING, ERROR or CRITICAL")
# Errors are also mailed to these addresses (comma-separated), as their log line only.
ADMINS = [(address, address) for address in env_list("LANTERN_ADMINS", [])]
SERVER_EMAIL = env_str("LANTERN_EMAIL_FROM", "lantern@localhost")
EMAIL_HOST = env_str("LANTERN_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("LANTERN_EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("LANTERN_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("LANTERN_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("LANTERN_EMAIL_TLS", False)
EMAIL_TIMEOUT = 10
EMAIL_SUBJECT_PREFIX = "[Lantern] "
_LOG_HANDLERS = ["console", "mail_admins"] if ADMINS else ["console"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "lantern.ops.logs.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json"},
        "mail_admins": {"()": "lantern.ops.logs.MailAdminsHandler", "formatter": "json"},
    },
    "root": {"handlers": _LOG_HANDLERS, "level": _LOG_LEVEL},
    "loggers": {
        # Replaces Django's own handlers: its mail to the admins holds the request's query
        # string, headers and address. Its records reach the handlers above instead.
        "django": {"handlers": [], "level": _LOG_LEVEL, "propagate": True},
        # Each 4xx is already an access line; errors (5xx) still come through.
        "django.request": {"level": "ERROR" if LANTERN_ACCESS_LOG else _LOG_LEVEL, "propagate": True},
        "lantern.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Ingestion (documents → draft records) and background work; see docs/settings.md ---------
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
_TASKS_BACKEND = env_str("LANTERN_TASKS_BACKEND", "database").strip().lower()
if _TASKS_BACKEND not in {"database", "immediate"}:
    raise ImproperlyConfigured(f"LANTERN_TASKS_BACKEND={_TASKS_BACKEND!r} must be 'database' or 'immediate'")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if _TASKS_BACKEND == "database"
        else "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "ingest"],
    }
}
LANTERN_INGEST_MAX_FILE_MB = env_int("LANTERN_INGEST_MAX_FILE_MB", 200, minimum=1)
LANTERN_INGEST_MAX_PAGES = env_int("LANTERN_INGEST_MAX_PAGES", 5000, minimum=1)
LANTERN_INGEST_MAX_EXPANDED_MB = env_int("LANTERN_INGEST_MAX_EXPANDED_MB", 300, minimum=1)
# A document is read in a child process with this much address space and time (lantern/lib/sandbox.py).
LANTERN_INGEST_MAX_MEMORY_MB = env_int("LANTERN_INGEST_MAX_MEMORY_MB", 1536, minimum=256)
LANTERN_INGEST_EXTRACT_TIMEOUT = env_int("LANTERN_INGEST_EXTRACT_TIMEOUT", 300, minimum=1)
LANTERN_INGEST_MAX_XML_NODES = env_int("LANTERN_INGEST_MAX_XML_NODES", 5_000_000, minimum=1000)
# Tesseract's language models for scanned pages, joined by "+"; empty turns OCR off.
LANTERN_INGEST_OCR_LANGUAGES = env_str("LANTERN_INGEST_OCR_LANGUAGES", "eng+fra+spa").strip()
if LANTERN_INGEST_OCR_LANGUAGES and not re.fullmatch(r"[a-z_]{3,12}(\+[a-z_]{3,12})*", LANTERN_INGEST_OCR_LANGUAGES):
    raise ImproperlyConfigured(
        f"LANTERN_INGEST_OCR_LANGUAGES={LANTERN_INGEST_OCR_LANGUAGES!r}: give Tesseract language codes "
        "joined by '+', e.g. eng+fra+spa (or nothing, to turn OCR off)."
    )
LANTERN_INGEST_FETCH_TIMEOUT = env_int("LANTERN_INGEST_FETCH_TIMEOUT", 30, minimum=1)
LANTERN_INGEST_MAX_REDIRECTS = env_int("LANTERN_INGEST_MAX_REDIRECTS", 5, minimum=0)
LANTERN_INGEST_ALLOW_PRIVATE_URLS = env_bool("LANTERN_INGEST_ALLOW_PRIVATE_URLS", False)
# Test hooks that let outbound requests reach non-public addresses (lantern/lib/netguard.py): on a
# live hub they would let anyone who can suggest a URL read the server's own network.
LANTERN_ALLOW_PRIVATE_HOSTS = env_list("LANTERN_ALLOW_PRIVATE_HOSTS", [])
if PRODUCTION and (LANTERN_INGEST_ALLOW_PRIVATE_URLS or LANTERN_ALLOW_PRIVATE_HOSTS):
    raise ImproperlyConfigured(
        "LANTERN_INGEST_ALLOW_PRIVATE_URLS and LANTERN_ALLOW_PRIVATE_HOSTS are for tests only; "
        "unset them in production (they open loopback and private addresses to fetching)"
    )
LANTERN_INGEST_AUTO_PUBLISH = env_bool("LANTERN_INGEST_AUTO_PUBLISH", False)
LANTERN_INGEST_MAX_ATTEMPTS = env_int("LANTERN_INGEST_MAX_ATTEMPTS", 3, minimum=1)
LANTERN_INGEST_RETRY_SECONDS = env_int("LANTERN_INGEST_RETRY_SECONDS", 30, minimum=0)
LANTERN_INGEST_LEASE_SECONDS = env_int("LANTERN_INGEST_LEASE_SECONDS", 300, minimum=1)

# Public site
# Help lines shown in every page's banner, by country: a JSON list of objects with
# "country" (ISO 3166-1 alpha-2), "name", "phone", "hours" and "url". Empty: the defaults
# (UK and US); "[]": no banner.
LANTERN_HELPLINES = env_str("LANTERN_HELPLINES", "")
# Where "report a problem" on a resource page writes to (a mailto: link); empty: the about page.
LANTERN_CONTACT_EMAIL = env_str("LANTERN_CONTACT_EMAIL", "")
# Whole public pages kept for visitors without cookies, retired by any change to the catalogue
# (see lantern/public/pagecache.py); 0 turns the cache off. On disk in the data directory, so
# that every process on the machine shares the pages.
LANTERN_PAGE_CACHE_SECONDS = env_int("LANTERN_PAGE_CACHE_SECONDS", 300)
LANTERN_PAGE_CACHE_DIR = env_str("LANTERN_PAGE_CACHE_DIR", str(DATA_DIR / "cache" / "pages"))
CACHES = {
    # Per process: nothing that must be shared by web processes is kept here (rate limits are
    # counted in the database, lantern/api/limits.py).
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "lantern.lib.cache.FileCache",  # Django's file cache, without a directory scan per write
        "LOCATION": LANTERN_PAGE_CACHE_DIR,
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}

# How much the CPU is yielded to web processes by bulk commands (worker, import, harvest,
# reindex…): a nice(1) increment, 0 for none (see docs/settings.md).
LANTERN_BULK_NICE = env_int("LANTERN_BULK_NICE", 10)
if LANTERN_BULK_NICE > 19:
    raise ImproperlyConfigured(f"LANTERN_BULK_NICE={LANTERN_BULK_NICE} must be between 0 and 19")

# Search (see docs/settings.md)
LANTERN_SEARCH_SEMANTIC = env_bool("LANTERN_SEARCH_SEMANTIC", True)
LANTERN_SEARCH_EMBED_THREADS = env_int("LANTERN_SEARCH_EMBED_THREADS", 1, minimum=1)
# The lexical engine: "tantivy" (an index in the data directory, fast at 100,000 resources) or
# "database" (SQLite FTS5 / PostgreSQL full-text search; for hubs whose web processes run on
# several machines without a shared disk).
LANTERN_SEARCH_ENGINE = env_str("LANTERN_SEARCH_ENGINE", "tantivy").strip().lower()
if LANTERN_SEARCH_ENGINE not in {"tantivy", "database"}:
    raise ImproperlyConfigured(f"LANTERN_SEARCH_ENGINE={LANTERN_SEARCH_ENGINE!r}: use tantivy or database")
LANTERN_SEARCH_INDEX_DIR = env_str("LANTERN_SEARCH_INDEX_DIR", str(DATA_DIR / "search-index"))

# API and interoperability (see docs/settings.md)
LANTERN_API_RATE_LIMIT = env_int("LANTERN_API_RATE_LIMIT", 120)
LANTERN_API_EXPORT_MAX = env_int("LANTERN_API_EXPORT_MAX", 1000, minimum=1)
LANTERN_CORS_READ_API = env_bool("LANTERN_CORS_READ_API", True)
# OAI-PMH identifiers are oai:REPOSITORY:slug, where REPOSITORY must be a domain name (the protocol's
# oai-identifier scheme). It names the hub whatever host a request came by, so harvesters keep it.
_OAI_DOMAIN = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$")
LANTERN_OAI_REPOSITORY_ID = env_str("LANTERN_OAI_REPOSITORY_ID", "").strip() or next(
    (host.lstrip(".") for host in ALLOWED_HOSTS if _OAI_DOMAIN.match(host.lstrip("."))), "lantern.localhost"
)
if not _OAI_DOMAIN.match(LANTERN_OAI_REPOSITORY_ID):
    raise ImproperlyConfigured(
        f"LANTERN_OAI_REPOSITORY_ID={LANTERN_OAI_REPOSITORY_ID!r} must be a domain name such as hub.example.org"
    )
LANTERN_OAI_ADMIN_EMAIL = env_str("LANTERN_OAI_ADMIN_EMAIL", "")
LANTERN_OAI_PAGE_SIZE = env_int("LANTERN_OAI_PAGE_SIZE", 100, minimum=1)
LANTERN_HARVEST_TIMEOUT = env_int("LANTERN_HARVEST_TIMEOUT", 60, minimum=1)

# --- Curation: link checking; see docs/settings.md --------------------------------------------
LANTERN_LINKS_TIMEOUT = env_int("LANTERN_LINKS_TIMEOUT", 15, minimum=1)
LANTERN_LINKS_RETRIES = env_int("LANTERN_LINKS_RETRIES", 2, minimum=0)
LANTERN_LINKS_CONCURRENCY = env_int("LANTERN_LINKS_CONCURRENCY", 4, minimum=1)
LANTERN_LINKS_RECHECK_DAYS = env_int("LANTERN_LINKS_RECHECK_DAYS", 7, minimum=1)
LANTERN_SUGGEST_PER_HOUR = env_int("LANTERN_SUGGEST_PER_HOUR", 5, minimum=1)
LANTERN_SUGGEST_MAX_MB = env_int("LANTERN_SUGGEST_MAX_MB", 20, minimum=1)
LANTERN_SUGGEST_FORM_HOURS = env_int("LANTERN_SUGGEST_FORM_HOURS", 2, minimum=1)
