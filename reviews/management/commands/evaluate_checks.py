"""Score every check against labelled posts: precision, recall, F1, clean posts raised."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from reviews.checks.corpus import Entry, read_entries
from reviews.checks.evaluate import evaluate, format_table
from reviews.selectors import get_check_engine_for_batch


class Command(BaseCommand):
    help = "Print per-check precision, recall and F1, and the share of all-clean posts raised."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="labelled posts in JSON Lines")

    def handle(self, *args, **options):
        try:
            with open(options["file"], encoding="utf-8") as handle:
                items = list(read_entries(handle))
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{options['file']}: cannot read ({exc}).",
                               returncode=2) from exc
        entries = [item for item in items if isinstance(item, Entry)]
        for item in items:
            if not isinstance(item, Entry):
                number, error = item
                self.stderr.write(f"{options['file']}:{number}: skipped: {error}")
        labelled = [e for e in entries if e.expected is not None]
        if not labelled:
            raise CommandError("No labelled posts (with an 'expected' object) to score.",
                               returncode=2)
        self.stdout.write(f"{len(labelled)} labelled posts")
        self.stdout.write(format_table(evaluate(labelled, get_check_engine_for_batch())))
