"""The batch commands: checkposts and evaluate_checks."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from reviews.checks import CHECK_NAMES

ROOT = Path(__file__).resolve().parents[2]


def checkposts(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", "checkposts", *args], cwd=ROOT,
                          input=stdin.encode(), capture_output=True, timeout=60)


def test_checkposts_writes_one_json_line_per_post_in_input_order():
    lines = [
        json.dumps({"id": "b", "platform": "bluesky", "text": "x" * 301, "ignored": [1]}),
        json.dumps({"id": "a", "platform": "x", "text": "Lovely walk today."}),
    ]

    result = checkposts("\n".join(lines) + "\n")

    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["b", "a"]
    assert out[0]["outcome"] == "fail"
    assert list(out[0]["checks"]) == list(CHECK_NAMES)
    assert out[0]["checks"]["length"] == {
        "outcome": "fail",
        "principle": "fit-the-platform",
        "findings": [{
            "start": 300, "end": 301, "text": "x",
            "message": "This post is 301 characters, 1 over the 300 that Bluesky allows, so it "
                       "would be cut off or refused. The highlighted part is what goes over: "
                       "shorten the post, or split it into a thread.",
        }],
    }
    assert out[1]["outcome"] == "pass"


def test_checkposts_reports_each_bad_line_by_number_and_checks_the_rest():
    stdin = "\n".join([
        '{"id": "ok-1", "text": "Fine."}',
        "this is not json",
        '{"id": "no-text"}',
        '{"id": "wrong", "text": ["a list"]}',
        '{"id": "ok-2", "text": "Also fine.", "platform": "mastodon"}',
    ]) + "\n"

    result = checkposts(stdin)

    assert result.returncode == 2
    ids = [json.loads(line)["id"] for line in result.stdout.decode().splitlines()]
    assert ids == ["ok-1", "ok-2"]
    errors = result.stderr.decode().splitlines()
    assert errors[0].startswith("<stdin>:2: skipped: not valid JSON")
    assert errors[1:] == [
        "<stdin>:3: skipped: no 'text' key",
        "<stdin>:4: skipped: 'text' must be a string, not a list",
        "3 line(s) could not be checked.",
    ]


def test_checkposts_refuses_an_unknown_platform_and_bad_utf8():
    stdin = b'{"text": "hi", "platform": "myspace"}\n\xff\xfe\n'
    result = subprocess.run([sys.executable, "manage.py", "checkposts"], cwd=ROOT, input=stdin,
                            capture_output=True, timeout=60)

    assert result.returncode == 2
    errors = result.stderr.decode().splitlines()
    assert errors[0] == ("<stdin>:1: skipped: 'platform' must be one of x, bluesky, mastodon, "
                         "threads, linkedin, facebook, blog")
    assert errors[1] == "<stdin>:2: skipped: not valid UTF-8 (byte 1)"


@pytest.mark.django_db
def test_checkposts_text_format_marks_the_flagged_words(tmp_path):
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": "long", "platform": "bluesky", "text": "a" * 298 + "bcd"}))
    out = io.StringIO()

    call_command("checkposts", str(posts), "--format", "text", stdout=out)

    report = out.getvalue()
    assert report.splitlines()[0] == "long: fail"
    assert "long:300-301: length fail [fit-the-platform] 'd':" in report
    assert report.rstrip().endswith("a" * 298 + "bc[[d]]")


def test_checkposts_names_a_missing_file():
    result = subprocess.run([sys.executable, "manage.py", "checkposts", "no-such-file.jsonl"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert "no-such-file.jsonl: cannot open (No such file or directory)." in result.stderr


def test_checkposts_survives_nul_bytes_emoji_and_right_to_left_text():
    texts = ["before\u0000after", "🎉🎉🎉", "مرحبا بالعالم", "\u202eevil override", ""]
    stdin = "\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate(texts)) + "\n"

    result = checkposts(stdin)

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode().splitlines()) == len(texts)


@pytest.mark.django_db
def test_evaluate_checks_prints_scores_per_check(tmp_path):
    labels = dict.fromkeys(CHECK_NAMES, False)
    rows = [
        {"id": "1", "platform": "bluesky", "text": "y" * 400,
         "expected": {**labels, "length": True}},
        {"id": "2", "platform": "bluesky", "text": "short",
         "expected": {**labels, "length": True}},
        {"id": "3", "platform": "x", "text": "clean", "expected": labels},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    out = io.StringIO()

    call_command("evaluate_checks", str(path), stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "3 labelled posts"
    length_row = next(line for line in lines if line.startswith("length"))
    assert length_row.split() == ["length", "1.000", "0.500", "0.667", "1", "0", "1"]
    assert lines[-1] == "clean posts raised: 0 of 1 (0.0%)"


def test_evaluate_checks_refuses_a_file_without_labels(tmp_path):
    path = tmp_path / "unlabelled.jsonl"
    path.write_text('{"text": "no labels here"}\n')

    with pytest.raises(Exception, match="No labelled posts"):
        call_command("evaluate_checks", str(path))
