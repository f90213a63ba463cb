"""Start the web app and a Celery worker together, for local use (`make run`)."""

from __future__ import annotations

import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the development web server and a real Celery worker (with beat) side by side."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=settings.PORT)

    def handle(self, *args, **options):
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "govsocial", "worker", "--beat",
             "--pool=solo", "--loglevel=INFO",
             "--schedule", str(settings.VAR_DIR / "celerybeat-schedule")],
        )
        self.stdout.write(f"Celery worker started (pid {worker.pid}).")
        self.stdout.write(f"GovSocial: http://127.0.0.1:{options['port']}/  (Ctrl-C stops both)")
        try:
            call_command("runserver", f"127.0.0.1:{options['port']}", use_reloader=False)
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
