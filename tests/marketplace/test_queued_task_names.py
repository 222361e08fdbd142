"""Services queue tasks by name; each name is a registered task, and the names never change
(beat schedules and deferred tasks store them)."""

import pytest

from marketplace.billing.events import PROCESS_STRIPE_EVENT
from marketplace.billing.services import PUSH_BILLING_DETAILS
from marketplace.celery import app
from marketplace.cohorts.jobs import EXPORT_PAIRINGS, OPTIMISE_COHORT, SCORE_COHORT
from marketplace.organisations.services import SEND_INVITATION_EMAIL


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (PROCESS_STRIPE_EVENT, "marketplace.billing.tasks.process_stripe_event"),
        (PUSH_BILLING_DETAILS, "marketplace.billing.tasks.push_billing_details"),
        (SCORE_COHORT, "marketplace.cohorts.tasks.score_cohort"),
        (OPTIMISE_COHORT, "marketplace.cohorts.tasks.optimise_cohort"),
        (EXPORT_PAIRINGS, "marketplace.cohorts.tasks.export_pairings"),
        (SEND_INVITATION_EMAIL, "marketplace.organisations.tasks.send_invitation_email"),
    ],
)
def test_a_queued_name_is_a_registered_task_of_that_name(name, expected):
    app.autodiscover_tasks(force=True)

    assert name == expected
    assert app.tasks[name].name == expected
