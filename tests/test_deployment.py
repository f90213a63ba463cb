"""The deployment files: settings from the environment, docker-compose, entry points."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-for-the-deploy-check-0123456789abcdefgh",
    "ALLOWED_HOSTS": "govsocial.example.gov.uk",
    "DJANGO_SETTINGS_MODULE": "govsocial.settings",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean_env = {k: v for k, v in os.environ.items()
                 if k not in ("DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT,
                          env={**clean_env, **env}, capture_output=True, text=True, timeout=60)


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_turns_on_https_only_cookies_hsts_and_the_redirect_to_https():
    script = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'cookies secure': [s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE], "
        "'hsts': [s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "s.SECURE_HSTS_PRELOAD], 'redirect to https': s.SECURE_SSL_REDIRECT, "
        "'secret key': s.SECRET_KEY, "
        "'script-src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], "
        "'policy middleware': 'csp.middleware.CSPMiddleware' in s.MIDDLEWARE}))")

    result = run_manage("shell", "--no-imports", "-c", script, env=PRODUCTION_ENV)

    assert json.loads(result.stdout) == {
        "cookies secure": [True, True],
        "hsts": [60 * 60 * 24 * 365, True, True],
        "redirect to https": True,
        "secret key": PRODUCTION_ENV["SECRET_KEY"],
        "script-src": ["'self'"],
        "policy middleware": True,
    }, result.stderr


def test_production_redirects_plain_http_to_https_except_the_health_check():
    script = (
        "from django.test import Client; c = Client(HTTP_HOST='govsocial.example.gov.uk'); "
        "print([c.get(p).status_code for p in ('/healthz', '/accounts/login/')])")

    result = run_manage("shell", "--no-imports", "-c", script, env=PRODUCTION_ENV)

    assert result.stdout.strip() == "[200, 301]", result.stderr


def test_the_image_collects_static_files_with_the_production_storage():
    # The container runs with DEBUG=0, whose storage serves files by their manifest
    # names; collected with DEBUG=1 there is no manifest and every page fails.
    run_lines = [line for line in (ROOT / "Dockerfile").read_text().splitlines()
                 if "collectstatic" in line]

    assert len(run_lines) == 1
    assert "DEBUG=0" in run_lines[0].split()


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}

    result = run_manage("check", env=env)

    assert result.returncode == 1
    assert "Set SECRET_KEY in the environment when DEBUG is off." in result.stderr


def test_a_malformed_debug_value_is_refused_with_its_name():
    result = run_manage("check", env={**PRODUCTION_ENV, "DEBUG": "maybe"})

    assert result.returncode == 1
    assert "DEBUG must be true or false, not 'maybe'." in result.stderr


@pytest.mark.parametrize(("url", "engine"), [
    ("postgres://postgres@127.0.0.1:5432/govsocial", "django.db.backends.postgresql"),
    ("", "django.db.backends.sqlite3"),
])
def test_database_url_selects_the_database(url, engine):
    env = {**PRODUCTION_ENV, "DEBUG": "1", "DATABASE_URL": url}
    if not url:
        del env["DATABASE_URL"]

    result = run_manage("shell", "--no-imports", "-c", "from django.conf import settings; "
                        "print(settings.DATABASES['default']['ENGINE'])", env=env)

    assert result.stdout.strip() == engine


def test_docker_compose_is_valid_against_the_compose_spec():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema",
         "vendor.compose-spec", str(ROOT / "docker-compose.yml")],
        capture_output=True, text=True, timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_docker_compose_runs_every_service_the_stack_needs(compose):
    assert sorted(compose["services"]) == ["beat", "postgres", "redis", "web", "worker"]


def test_docker_compose_commands_name_the_real_entry_points(compose):
    import importlib

    import govsocial

    services = compose["services"]
    web_command = services["web"]["command"]
    assert "gunicorn govsocial.wsgi:application" in web_command
    # The web container migrates and loads the shipped guidance before it serves.
    assert web_command.index("migrate") < web_command.index("seed_guidance") \
        < web_command.index("gunicorn")
    from django.core.management import get_commands

    assert get_commands()["seed_guidance"] == "guidelines"
    module, attribute = "govsocial.wsgi", "application"
    assert callable(getattr(importlib.import_module(module), attribute))
    assert services["worker"]["command"][:4] == ["celery", "-A", "govsocial", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "govsocial", "beat"]
    assert govsocial.celery_app.main == "govsocial"


def test_docker_compose_app_services_share_the_environment_the_settings_read(compose):
    services = compose["services"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"] == "postgres://govsocial:govsocial@postgres:5432/govsocial"
        assert env["CELERY_BROKER_URL"] == "redis://redis:6379/0"
        assert {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "PORT"} <= set(env)
