"""Two mentors deciding the same post at the same moment: exactly one decision stands.

Each round runs the two decisions in two threads, each with its own database connection,
released together by a barrier, on the suite's database (SQLite here, PostgreSQL in CI).
"""

import threading

import pytest
from django.db import connection

from reviews.models import AuditEvent, Decision
from reviews.services import record_decision
from reviews.services.errors import ServiceError
from reviews.states import PostStatus
from tests.factories import make_post, make_user

ROUNDS = 100


def decide_together(mentors, post_id: int) -> list[str]:
    barrier = threading.Barrier(len(mentors))
    answers: list[str] = []

    def decide(mentor, outcome: str) -> None:
        try:
            barrier.wait(timeout=10)
            record_decision(actor=mentor, post_id=post_id, outcome=outcome,
                            notes="Say who you work for.", version=1)
            answers.append(f"decided:{outcome}")
        except ServiceError as refusal:  # a conflict (409), never "you may not"
            answers.append(f"refused:{refusal}")
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(mentor, outcome))
               for mentor, outcome in zip(mentors, ("approve", "reject"), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return answers


@pytest.mark.django_db(transaction=True)
def test_two_mentors_deciding_at_once_leave_exactly_one_decision(official, department):
    mentors = [make_user("press_officer", department, mentors=department) for _ in range(2)]
    outcomes = []
    for _ in range(ROUNDS):
        post = make_post(official, PostStatus.AWAITING_REVIEW)
        answers = decide_together(mentors, post.pk)

        decisions = list(Decision.objects.filter(post=post).values_list("outcome", flat=True))
        post.refresh_from_db()
        assert len(decisions) == 1, answers
        assert sorted(a.split(":")[0] for a in answers) == ["decided", "refused"], answers
        winner = next(a for a in answers if a.startswith("decided"))
        assert winner == f"decided:{decisions[0]}"
        assert post.status == {"approve": PostStatus.APPROVED,
                               "reject": PostStatus.REJECTED}[decisions[0]]
        assert AuditEvent.objects.filter(post=post, action=decisions[0]).count() == 1
        outcomes.append(decisions[0])
    # Each mentor won some rounds: the threads really raced.
    assert set(outcomes) == {"approve", "reject"}
