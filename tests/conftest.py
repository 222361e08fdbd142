import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from marketplace.accounts.models import User
from marketplace.catalogue.models import Region
from marketplace.organisations.models import Membership, Organisation, OrganisationKind, Role

PASSWORD = "a-long-test-password-42"


@pytest.fixture(autouse=True)
def _isolated_cache():
    # Rate-limit counters live in the cache (Redis in CI); one test must not throttle the next.
    cache.clear()
    yield
    cache.clear()


def make_user(email: str, *, is_staff: bool = False, verified: bool = True) -> User:
    user = User.objects.create_user(email, PASSWORD, full_name=email.split("@")[0].title())
    user.is_staff = is_staff
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_organisation(name: str, kind: str, number: str, **fields) -> Organisation:
    defaults = (
        {"homes_managed": 5000}
        if kind == OrganisationKind.HOUSING_PROVIDER
        else {"employees": 12}
        if kind == OrganisationKind.SUPPLIER
        else {}
    )
    organisation = Organisation.objects.create(
        name=name,
        slug=name.lower().replace(" ", "-"),
        kind=kind,
        registered_number=number,
        **{**defaults, **fields},
    )
    organisation.regions.set(Region.objects.filter(code="TLC"))
    return organisation


def join(user: User, organisation: Organisation, role: str) -> Membership:
    return Membership.objects.create(user=user, organisation=organisation, role=role)


@pytest.fixture
def provider(db) -> Organisation:
    return make_organisation("Tyne Homes", OrganisationKind.HOUSING_PROVIDER, "L1234")


@pytest.fixture
def other_provider(db) -> Organisation:
    return make_organisation("Mersey Homes", OrganisationKind.HOUSING_PROVIDER, "L5678")


@pytest.fixture
def supplier(db) -> Organisation:
    return make_organisation("Damp Sense", OrganisationKind.SUPPLIER, "12345678")


@pytest.fixture
def provider_owner(provider) -> User:
    user = make_user("owner@tyne.example")
    join(user, provider, Role.OWNER)
    return user


@pytest.fixture
def provider_admin(provider) -> User:
    user = make_user("admin@tyne.example")
    join(user, provider, Role.ADMIN)
    return user


@pytest.fixture
def provider_member(provider) -> User:
    user = make_user("member@tyne.example")
    join(user, provider, Role.MEMBER)
    return user


@pytest.fixture
def other_provider_admin(other_provider) -> User:
    user = make_user("admin@mersey.example")
    join(user, other_provider, Role.ADMIN)
    return user


@pytest.fixture
def supplier_member(supplier) -> User:
    user = make_user("member@dampsense.example")
    join(user, supplier, Role.MEMBER)
    return user


@pytest.fixture
def staff_user(db) -> User:
    from allauth.mfa.totp.internal.auth import TOTP

    user = make_user("staff@launchpad.example", is_staff=True)
    TOTP.activate(user, "LAUNCHPADTESTSTAFFTOTPSECRET2345")
    return user


@pytest.fixture
def outsider(db) -> User:
    return make_user("outsider@nowhere.example")


@pytest.fixture
def supplier_admin(supplier) -> User:
    user = make_user("admin@dampsense.example")
    join(user, supplier, Role.ADMIN)
    return user


@pytest.fixture
def other_supplier(db) -> Organisation:
    return make_organisation("Heat Logic", OrganisationKind.SUPPLIER, "87654321")


@pytest.fixture
def other_supplier_admin(other_supplier) -> User:
    user = make_user("admin@heatlogic.example")
    join(user, other_supplier, Role.ADMIN)
    return user


def token_for(user: User) -> str:
    """An API token's key for `user`, as a session that passed its second factor would get."""
    from marketplace.accounts.tokens import api_token_create

    return api_token_create(user=user, name="Tests", days=1)[1]
