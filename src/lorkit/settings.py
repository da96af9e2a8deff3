"""Django settings, read from LORKIT_* environment variables (see README, Configuration)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
import platformdirs

from lorkit.core import defaults

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def data_dir() -> Path:
    return Path(os.environ.get("LORKIT_DATA_DIR") or platformdirs.user_data_dir("lorkit"))


def secret_key() -> str:
    """LORKIT_SECRET_KEY, or a key generated once and kept in the data directory so that
    sessions survive a restart of a laptop install."""
    if os.environ.get("LORKIT_SECRET_KEY"):
        return os.environ["LORKIT_SECRET_KEY"]
    path = data_dir() / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # Created readable by the owner only, and only once even if two processes start.
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = secret_key()
DEBUG = env_bool("LORKIT_DEBUG", False)
ALLOWED_HOSTS = os.environ.get("LORKIT_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("LORKIT_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "axes",
    "lorkit.accounts",
    "lorkit.analyzer",
    "lorkit.plans",
    "lorkit.journal",
    "lorkit.sites",
    "lorkit.letters",
    "lorkit.feeds",
    "lorkit.backup",
    "lorkit.home",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lorkit.accounts.security.SecurityHeadersMiddleware",
    # Outside everything that can refuse a request (size, CSRF, login, session timeout).
    "lorkit.accounts.error_pages.InterruptedRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "lorkit.accounts.middleware.RequestSizeLimitMiddleware",  # before anything reads a body
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lorkit.accounts.security.SessionTimeoutMiddleware",
    "lorkit.accounts.error_pages.MethodNotAllowedPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "lorkit.accounts.middleware.UserTimeZoneMiddleware",
    "axes.middleware.AxesMiddleware",
]
# Bodies over REQUEST_MAX_BYTES never reach Django's parser (RequestSizeLimitMiddleware), so an
# accepted upload always fits in memory and is never written to a temporary file (an export
# holds personal notes). Other form fields are small (FORM_MAX_BYTES).
FILE_UPLOAD_MAX_MEMORY_SIZE = defaults.REQUEST_MAX_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = defaults.FORM_MAX_BYTES

ROOT_URLCONF = "lorkit.urls"
WSGI_APPLICATION = "lorkit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lorkit.accounts.context_processors.house_numbers",
            ],
        },
    },
]

# SQLite serves many writers at once (the web server's threads, a CLI import). WAL lets
# readers carry on beside the one writer. IMMEDIATE takes the write lock when a transaction
# begins: a deferred one that reads first and then writes cannot wait for the lock (SQLite
# refuses at once, as waiting could deadlock), which failed imports under load. The timeout
# makes a writer wait its turn instead of failing with "database is locked". In WAL,
# synchronous=NORMAL may lose the last commits on a power cut but never corrupts the file.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": defaults.SQLITE_BUSY_TIMEOUT_SECONDS,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}


def database_config(url: str) -> dj_database_url.DBConfig:
    """The database at `url`; SQLite gets SQLITE_OPTIONS (options in the URL win)."""
    config = dj_database_url.parse(url, conn_max_age=60)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {
    "default": database_config(
        os.environ.get("LORKIT_DATABASE_URL") or f"sqlite:///{data_dir() / 'lorkit.sqlite3'}"
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": defaults.PASSWORD_MIN_LENGTH},
    },
    {"NAME": "lorkit.accounts.passwords.CommonPasswordVariantValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Failed logins from one address for one username lock that pair out for a while.
AXES_FAILURE_LIMIT = int(
    os.environ.get("LORKIT_LOGIN_FAILURE_LIMIT", str(defaults.LOGIN_FAILURE_LIMIT))
)
AXES_COOLOFF_TIME = timedelta(minutes=defaults.LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("LORKIT_STATIC_ROOT") or None
STORAGES = {
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Behind a TLS-terminating proxy (LORKIT_HTTPS), every request must arrive over HTTPS;
# LORKIT_PROXY_COUNT says how many proxies stand in front, so their forwarded headers
# (scheme, client address) can be believed and a client's own cannot.
LORKIT_HTTPS = env_bool("LORKIT_HTTPS", False)
LORKIT_PROXY_COUNT = int(os.environ.get("LORKIT_PROXY_COUNT", "0"))
if LORKIT_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = LORKIT_HTTPS
SECURE_HSTS_SECONDS = defaults.HSTS_SECONDS if LORKIT_HTTPS else 0
AXES_CLIENT_IP_CALLABLE = "lorkit.accounts.security.client_address"
AXES_USERNAME_CALLABLE = "lorkit.accounts.security.login_username"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = LORKIT_HTTPS or env_bool("LORKIT_SECURE_COOKIES", False)
SESSION_COOKIE_AGE = defaults.SESSION_MAX_DAYS * 24 * 60 * 60
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Email, sent only for password-reset links. With LORKIT_EMAIL_HOST set it goes out by SMTP;
# without it (a laptop) each message is printed to the console `lorkit serve` runs in.
EMAIL_HOST = os.environ.get("LORKIT_EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("LORKIT_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("LORKIT_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("LORKIT_EMAIL_PASSWORD", "")
# One switch for encryption: port 465 speaks TLS from the first byte, other ports use STARTTLS
# (Django refuses both at once).
email_encrypted = env_bool("LORKIT_EMAIL_USE_TLS", True)
EMAIL_USE_SSL = email_encrypted and EMAIL_PORT == 465
EMAIL_USE_TLS = email_encrypted and not EMAIL_USE_SSL
EMAIL_TIMEOUT = defaults.EMAIL_TIMEOUT_SECONDS
DEFAULT_FROM_EMAIL = os.environ.get("LORKIT_EMAIL_FROM", "lorkit <lorkit@localhost>")
PASSWORD_RESET_TIMEOUT = defaults.PASSWORD_RESET_LINK_HOURS * 60 * 60

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR"},
        # Waitress warns "Task queue depth is N" each time a request waits for a free thread:
        # 100,000 lines in a load test, about queueing that is working as designed. Its real
        # errors (an exception in the app, a failed socket) come from the `waitress` logger.
        "waitress.queue": {"level": "ERROR"},
    },
}
