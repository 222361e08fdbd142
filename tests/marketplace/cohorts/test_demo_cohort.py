"""The demo has a cohort at the matching stage, and a paid one open for applications.

Its matrix is scored after the catalogue is embedded, which happens after the seeding
transaction commits (minutes on two cores); `make run` shows it filled.
"""

import pytest

from marketplace.cohorts.models import Cohort, EntryStatus, Stage
from marketplace.demo.content import MATCHING_COHORT_NAME as NAME
from marketplace.demo.content import OPEN_COHORT_NAME as OPEN_NAME
from tests.marketplace.core.test_admin_health_seed import seed
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def test_the_demo_cohorts_are_ready_to_use():
    seed()

    matching = Cohort.objects.get(name=NAME)
    assert matching.stage == Stage.MATCHING
    assert matching.entries.count() >= 10
    assert matching.suppliers.filter(status=EntryStatus.CONFIRMED).count() >= 5
    paid = Cohort.objects.get(name=OPEN_NAME)
    assert (paid.stage, paid.fee_pence) == (Stage.OPEN, 45_000)
    assert [p.status for p in paid.suppliers.all()] == [EntryStatus.ACCEPTED]
