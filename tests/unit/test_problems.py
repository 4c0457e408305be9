"""Every problem folder passes `judge verify`'s checks that need no sandbox.

(The submissions' verdicts are checked against the real sandbox in
tests/integration/test_submissions.py.)
"""

from __future__ import annotations

import pytest

from judge import registry
from judge.problem import TOPICS
from judge.verify import verify

SLUGS = registry.slugs()


@pytest.mark.parametrize("slug", SLUGS)
def test_problem_folder_is_sound(slug):
    findings = verify(registry.get(slug), backend=None)
    assert findings.ok, "\n".join(findings.problems)


def test_every_topic_has_at_least_two_problems():
    problems = registry.all_problems()
    for topic in TOPICS:
        assert sum(topic in p.tags for p in problems) >= 2, topic
