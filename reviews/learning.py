"""An official's learning record: the coaching they received, the principles it was
about, how their posts fared, and a suggestion for their discretion level."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reviews.discretion import effective_level
from reviews.models import CheckResult, Decision, DecisionOutcome, DiscretionChange, DraftPost
from reviews.states import PostStatus

COACHED = (DecisionOutcome.APPROVE_WITH_COACHING, DecisionOutcome.RETURN,
           DecisionOutcome.REJECT)
# Ten clean approvals in a row earn a suggestion to trust the official more; two
# returns or rejections among the last five, a suggestion to look again.
RAISE_AFTER_CLEAN_APPROVALS = 10
LOWER_AFTER_SETBACKS = (2, 5)


@dataclass
class CoachingItem:
    decision: Decision
    principles: list[str]
    quoted: list[str]


@dataclass
class LearningRecord:
    official: object
    level: int
    cap: int
    coaching: list[CoachingItem] = field(default_factory=list)
    principle_counts: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    changes: list[DiscretionChange] = field(default_factory=list)
    suggestion: str = ""


def suggestion_for(outcomes_newest_first: list[str], level: int, cap: int) -> str:
    recent = outcomes_newest_first
    if level < cap and len(recent) >= RAISE_AFTER_CLEAN_APPROVALS and all(
            outcome == DecisionOutcome.APPROVE for outcome in
            recent[:RAISE_AFTER_CLEAN_APPROVALS]):
        return (f"{RAISE_AFTER_CLEAN_APPROVALS} approved posts in a row without coaching: "
                f"consider raising the discretion level to {level + 1}.")
    setbacks, window = LOWER_AFTER_SETBACKS
    if level > 0 and sum(o in (DecisionOutcome.RETURN, DecisionOutcome.REJECT)
                         for o in recent[:window]) >= setbacks:
        return (f"{setbacks} or more of the last {window} posts were returned or rejected: "
                f"consider lowering the discretion level to {level - 1}.")
    return ""


def learning_record(official) -> LearningRecord:
    profile = getattr(official, "profile", None)
    department = profile.department if profile else None
    record = LearningRecord(official=official, level=effective_level(profile, department),
                            cap=department.max_discretion_level if department else 0)
    decisions = list(Decision.objects.filter(post__author=official)
                     .select_related("decided_by", "version", "post")
                     .order_by("-created", "-id"))
    raised = {}
    for result in (CheckResult.objects
                   .filter(run__version__in=[d.version_id for d in decisions])
                   .exclude(outcome="pass").select_related("run", "principle_version")):
        raised.setdefault(result.run.version_id, []).append(result)
    counts: Counter[str] = Counter()
    for decision in decisions:
        if decision.outcome not in COACHED:
            continue
        results = raised.get(decision.version_id, [])
        titles = [r.principle_version.title if r.principle_version else r.principle
                  for r in results]
        counts.update(titles)
        quoted = [f["text"] for r in results for f in r.findings][:5]
        record.coaching.append(CoachingItem(decision, titles, quoted))
    record.principle_counts = counts.most_common(5)
    by_month: dict[str, Counter[str]] = {}
    for post in DraftPost.objects.filter(author=official).exclude(status=PostStatus.DRAFT):
        month = post.created.strftime("%Y-%m")
        by_month.setdefault(month, Counter())[
            "cleared automatically" if post.cleared_automatically else post.get_status_display()
        ] += 1
    record.months = [(month, dict(by_month[month])) for month in sorted(by_month)[-12:]]
    record.changes = list(DiscretionChange.objects.filter(official=official)
                          .select_related("changed_by")[:20])
    record.suggestion = suggestion_for([d.outcome for d in decisions], record.level,
                                       record.cap)
    return record
