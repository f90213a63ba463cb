"""A readable, linter-style report of one post's results."""

from __future__ import annotations

from .base import Post, Report

MARK_OPEN, MARK_CLOSE = "[[", "]]"


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """text with every flagged span wrapped in [[ ]] (overlapping spans merged)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, cursor = [], 0
    for start, end in merged:
        parts += [text[cursor:start], MARK_OPEN, text[start:end], MARK_CLOSE]
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def format_report(post_id: str, post: Post, report: Report) -> str:
    lines = [f"{post_id}: {report.outcome.value}"]
    spans = []
    for name, result in report.results.items():
        for f in result.findings:
            spans.append((f.start, f.end))
            lines.append(f"  {post_id}:{f.start}-{f.end}: {name} {result.outcome.value} "
                         f"[{result.principle}] {f.text!r}: {f.message}")
    if spans:
        lines.append("  " + marked(post.text, spans).replace("\n", "\n  "))
    return "\n".join(lines)
