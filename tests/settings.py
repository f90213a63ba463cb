"""Settings for the test suite: the project's settings, kept apart from a running dev app."""

import os
from pathlib import Path

# Before the project's settings read it: tests get their own broker folders and
# database file, so a `make run` in another terminal never takes their messages.
os.environ.setdefault(
    "GOVSOCIAL_VAR_DIR", str(Path(__file__).resolve().parent.parent / "var" / "test")
)

from govsocial.settings import *  # noqa: F403
from govsocial.settings import DATABASES, VAR_DIR

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The fault tests' real processes write their mail to files there, for the test to read.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]

# A file, not memory, so a worker process can open the same test database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
