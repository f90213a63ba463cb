"""bench/checks_table.py: the README's row for a labelled set."""

import json

from bench.checks_table import row
from reviews.checks.engine import Engine

AUTHOR = {"name": "A. Tester", "role": "Policy adviser", "department": "Department for Tests",
          "department_short": "DfT", "policy_areas": ["tests"],
          "profile": "Policy adviser at the Department for Tests. Views my own."}
NOTHING = dict.fromkeys(["announcement", "affiliation", "tone", "political",
                         "personal_data", "confidential", "length"], False)


def test_a_row_gives_each_checks_f1_and_the_clean_posts_raised(tmp_path):
    posts = tmp_path / "probe_z.jsonl"
    posts.write_text("\n".join(json.dumps(post) for post in [
        {"id": "1", "platform": "x", "author": AUTHOR, "text": "Call me on 07700 900123 today.",
         "expected": {**NOTHING, "personal_data": True}},
        {"id": "2", "platform": "x", "author": AUTHOR, "text": "Lovely walk by the river.",
         "expected": NOTHING},
        # A miss: labelled hostile, and nothing in it is.
        {"id": "3", "platform": "x", "author": AUTHOR, "text": "Thanks for the question.",
         "expected": {**NOTHING, "tone": True}},
    ]) + "\n")

    line = row(posts, Engine(), Engine())

    assert line == ("| probe_z, tuning (3) | 1.00 / 1.00 | 1.00 / 1.00 | 0.00 / 0.00 | 1.00 / 1.00 "
                    "| 1.00 / 1.00 | 1.00 / 1.00 | 1.00 | 0.86 / 0.86 | 0 / 0 of 1 |")


def test_a_set_studied_but_not_trained_on_is_named_so(tmp_path):
    posts = tmp_path / "probe_ai.jsonl"
    posts.write_text(json.dumps({"id": "1", "platform": "x", "author": AUTHOR,
                                 "text": "Lovely walk by the river.", "expected": NOTHING})
                     + "\n")

    assert row(posts, Engine(), Engine()).startswith("| probe_ai, tuning, not trained on (1) |")
