"""Run every check over posts in JSON Lines and print the results, one line per post."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError

from reviews.checks.corpus import BadLine, Entry, parse_line
from reviews.checks.report_text import format_report
from reviews.selectors import get_check_engine_for_batch


def numbered_lines(stream) -> Iterator[tuple[int, str | BadLine]]:
    """(line number, text) for each line of a binary stream, or a BadLine for bad UTF-8."""
    for number, raw in enumerate(stream, start=1):
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, BadLine(f"not valid UTF-8 (byte {exc.start + 1})")


class Command(BaseCommand):
    help = (
        "Check posts in JSON Lines (the corpus format) read from FILEs or standard input; "
        "print one JSON result per post, in input order."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", metavar="FILE",
                            help="JSON Lines files (default: standard input)")
        parser.add_argument("--format", choices=("json", "text"), default="json",
                            help="json (default): one JSON line per post; text: a readable "
                                 "report with the flagged words marked [[like this]]")

    def handle(self, *args, **options):
        try:
            bad_lines = self.check_all(options)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        if bad_lines:
            self.stderr.write(f"{bad_lines} line(s) could not be checked.")
            sys.exit(2)

    def check_all(self, options) -> int:
        engine = get_check_engine_for_batch()
        bad_lines = 0
        sources = options["files"] or ["-"]
        for source in sources:
            label = "<stdin>" if source == "-" else source
            try:
                opened = (contextlib.nullcontext(sys.stdin.buffer) if source == "-"
                          else open(source, "rb"))  # noqa: SIM115
            except OSError as exc:
                raise CommandError(f"{source}: cannot open ({exc.strerror}).",
                                   returncode=2) from exc
            with opened as stream:
                for number, line in numbered_lines(stream):
                    if isinstance(line, str) and not line.strip():
                        continue
                    try:
                        if isinstance(line, BadLine):
                            raise line
                        entry: Entry = parse_line(line, number)
                    except BadLine as error:
                        bad_lines += 1
                        self.stderr.write(f"{label}:{number}: skipped: {error}")
                        continue
                    report = engine.run(entry.post)
                    if options["format"] == "text":
                        self.stdout.write(format_report(entry.id, entry.post, report) + "\n")
                    else:
                        self.stdout.write(json.dumps({"id": entry.id, **report.as_dict()},
                                                     ensure_ascii=False))
        return bad_lines
