"""Production settings (DEBUG off) for the load benchmark, less two things that need
what it does not have: a TLS proxy in front of gunicorn, and a collectstatic step."""

from govsocial.settings import *  # noqa: F403
from govsocial.settings import STORAGES

# Behind the production TLS proxy these cookies are marked Secure; locust talks plain
# HTTP to gunicorn and would never send them back, and the redirect to HTTPS is the
# proxy's job.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
# The manifest needs collectstatic, which compresses every file and takes minutes here.
# A page only builds its static URLs (a dictionary lookup either way), and locust asks
# for no static file.
STORAGES = {**STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
