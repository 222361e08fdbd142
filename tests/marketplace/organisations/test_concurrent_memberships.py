"""Two changes to who owns an organisation at the same moment: one waits, neither deadlocks.

Two owners demoting each other used to lock each other's membership first and then wait for
the other's: PostgreSQL broke the cycle with DeadlockDetected, a 500.
"""

import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections

from marketplace.core.errors import DomainError
from marketplace.organisations import services
from marketplace.organisations.models import Membership, Role
from marketplace.privacy.services import account_anonymise
from tests.conftest import join, make_user

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs row locks across connections (PostgreSQL; CI runs it there)",
    ),
]

ROUNDS = 8


def at_once(*calls: Callable[[], object]) -> list[str]:
    """Run the calls in threads released together; what each did: "done" or its refusal."""
    start = threading.Barrier(len(calls))
    outcomes: list[str] = [""] * len(calls)

    def run(i: int, call: Callable[[], object]) -> None:
        try:
            start.wait()
            call()
            outcomes[i] = "done"
        except DomainError as exc:
            outcomes[i] = f"refused: {exc.message}"
        except Exception as exc:  # reported, so that the assertion shows what went wrong
            outcomes[i] = f"error: {type(exc).__name__}: {exc}"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.fixture
def two_owners(provider):
    first, second = make_user("first@tyne.example"), make_user("second@tyne.example")
    return join(first, provider, Role.OWNER), join(second, provider, Role.OWNER)


def _owners(provider) -> int:
    return Membership.objects.filter(organisation=provider, role=Role.OWNER).count()


def test_two_owners_demoting_each_other_at_once_leaves_one_owner_and_no_error(provider, two_owners):
    first, second = two_owners
    for _ in range(ROUNDS):
        Membership.objects.filter(pk__in=[first.pk, second.pk]).update(role=Role.OWNER)

        outcomes = at_once(
            lambda: services.membership_change_role(
                user=first.user, membership=second, role=Role.ADMIN
            ),
            lambda: services.membership_change_role(
                user=second.user, membership=first, role=Role.ADMIN
            ),
        )

        assert sorted(o.split(":")[0] for o in outcomes) == ["done", "refused"], outcomes
        assert _owners(provider) == 1


def test_two_owners_removing_each_other_at_once_leaves_one_owner_and_no_error(provider, two_owners):
    first, second = two_owners
    for _ in range(ROUNDS):
        Membership.objects.filter(organisation=provider).delete()
        first = join(first.user, provider, Role.OWNER)
        second = join(second.user, provider, Role.OWNER)

        outcomes = at_once(
            lambda first=first, second=second: services.membership_remove(
                user=first.user, membership=second
            ),
            lambda first=first, second=second: services.membership_remove(
                user=second.user, membership=first
            ),
        )

        assert sorted(o.split(":")[0] for o in outcomes) == ["done", "refused"], outcomes
        assert _owners(provider) == 1


def test_an_owner_leaving_while_demoted_by_the_other_leaves_one_owner_and_no_error(
    provider, two_owners
):
    first, second = two_owners
    for _ in range(ROUNDS):
        Membership.objects.filter(organisation=provider).delete()
        first = join(first.user, provider, Role.OWNER)
        second = join(second.user, provider, Role.OWNER)

        outcomes = at_once(
            lambda first=first: services.membership_remove(user=first.user, membership=first),
            lambda first=first, second=second: services.membership_change_role(
                user=first.user, membership=second, role=Role.MEMBER
            ),
        )

        assert "error" not in " ".join(o.split(":")[0] for o in outcomes), outcomes
        assert _owners(provider) == 1


def test_two_owners_deleting_their_accounts_at_once_leave_one_owner_and_no_error(
    provider, two_owners
):
    first, second = two_owners

    outcomes = at_once(
        lambda: account_anonymise(user=first.user),
        lambda: account_anonymise(user=second.user),
    )

    assert sorted(o.split(":")[0] for o in outcomes) == ["done", "refused"], outcomes
    assert _owners(provider) == 1
