"""People delete their own account: their personal data goes, their organisation's records stay."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from marketplace.accounts.models import ApiToken, User
from marketplace.core.errors import DomainError
from marketplace.core.models import AuditEntry
from marketplace.notifications.models import Notification, NotificationPreference
from marketplace.notifications.services import preferences_update
from marketplace.organisations import services as organisation_services
from marketplace.organisations.models import Invitation, Membership, Role
from marketplace.privacy.services import account_delete
from marketplace.proposals.models import Comment, ProposalTransition
from tests.conftest import PASSWORD, token_for
from tests.privacy.support import INTEREST_COMMENT, provider_history

pytestmark = pytest.mark.django_db

DELETE_URL = "/account/delete/"


@pytest.fixture
def history(provider, supplier, provider_owner, provider_member, supplier_member, staff_user):
    return provider_history(
        provider=provider, supplier=supplier, owner=provider_owner, member=provider_member,
        supplier_member=supplier_member, staff=staff_user,
    )  # fmt: skip


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def everything_about(user) -> dict:
    """What a refused deletion must leave exactly as it was."""
    return {
        "user": User.objects.values().get(pk=user.pk),
        "emails": list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)),
        "memberships": list(Membership.objects.filter(user=user).values_list("role", flat=True)),
        "authenticators": Authenticator.objects.filter(user=user).count(),
        "notifications": Notification.objects.filter(recipient=user).count(),
        "audit": AuditEntry.objects.count(),
    }


# The page


def test_deleting_from_the_page_signs_out_and_says_so(history, provider_member):
    client = signed_in(provider_member)

    response = client.post(DELETE_URL, {"password": PASSWORD}, follow=True)

    assert response.redirect_chain == [("/", 302)]
    assert "Your account is deleted." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_person_is_anonymised_and_can_no_longer_sign_in(history, provider_member):
    user_id = provider_member.pk

    account_delete(user=provider_member, password=PASSWORD)

    user = User.objects.get(pk=user_id)
    assert (user.email, user.full_name, user.job_title) == (
        f"deleted-{user_id}@deleted.invalid",
        "Former member",
        "",
    )
    assert (user.is_active, user.has_usable_password(), user.last_login) == (False, False, None)
    assert EmailAddress.objects.filter(user=user).count() == 0
    assert Membership.objects.filter(user=user).count() == 0
    assert User.objects.filter(email="member@tyne.example").count() == 0


@pytest.mark.parametrize("login", ["member@tyne.example", "deleted-{pk}@deleted.invalid"])
def test_deleted_person_cannot_sign_in_with_their_old_password(history, provider_member, login):
    login = login.format(pk=provider_member.pk)
    account_delete(user=provider_member, password=PASSWORD)
    client = Client()

    client.post("/accounts/login/", {"login": login, "password": PASSWORD})

    assert "_auth_user_id" not in client.session


def test_comment_stays_on_the_thread_written_by_former_member(
    history, provider_member, provider_owner
):
    comment_id = history.interest_comment.pk

    account_delete(user=provider_member, password=PASSWORD)

    page = signed_in(provider_owner).get(f"/interests/{history.interest.pk}/").content.decode()
    comment = Comment.objects.select_related("author").get(pk=comment_id)
    assert (comment.author_id, comment.author.get_full_name()) == (
        provider_member.pk,
        "Former member",
    )
    assert INTEREST_COMMENT in page
    assert "<strong>Former member</strong>" in page
    assert "member@tyne.example" not in page


def test_proposal_history_shows_former_member_as_who_moved_it(
    history, provider_member, provider_owner
):
    account_delete(user=provider_member, password=PASSWORD)

    page = signed_in(provider_owner).get(f"/proposals/{history.proposal.pk}/").content.decode()
    transition = ProposalTransition.objects.get(proposal=history.proposal)
    assert transition.actor_id == provider_member.pk
    assert "Draft by Former member" in page
    assert "member@tyne.example" not in page


def test_audit_entries_keep_the_actor_but_lose_the_email_address(
    history, provider, provider_owner, outsider
):
    invitation = organisation_services.invitation_create(
        user=provider_owner, organisation=provider, email=outsider.email, role=Role.MEMBER
    )
    organisation_services.invitation_accept(
        user=outsider, token=organisation_services.invitation_token(invitation)
    )
    written = AuditEntry.objects.filter(actor=outsider).count()

    account_delete(user=outsider, password=PASSWORD)

    anonymous = f"deleted-{outsider.pk}@deleted.invalid"
    accepted = AuditEntry.objects.get(action="invitation.accept")
    assert AuditEntry.objects.filter(actor=outsider).count() == written + 1
    assert accepted.actor.get_full_name() == "Former member"
    assert accepted.after == {"member": anonymous, "role": "member"}
    created = AuditEntry.objects.get(action="invitation.create", target_id=str(invitation.pk))
    assert created.after["email"] == anonymous
    assert Invitation.objects.get(pk=invitation.pk).email == anonymous
    assert AuditEntry.objects.filter(after__icontains="outsider@").count() == 0


def test_deletion_is_audited_in_each_organisation_the_person_left(
    history, provider, supplier, provider_member
):
    Membership.objects.create(user=provider_member, organisation=supplier, role=Role.MEMBER)

    account_delete(user=provider_member, password=PASSWORD)

    entries = AuditEntry.objects.filter(action="account.delete").order_by("organisation__name")
    assert [(e.organisation.name, e.before, e.actor_id, e.target_id) for e in entries] == [
        ("Damp Sense", {"role": "member"}, provider_member.pk, str(provider_member.pk)),
        ("Tyne Homes", {"role": "member"}, provider_member.pk, str(provider_member.pk)),
    ]


def test_settings_devices_tokens_notifications_and_sessions_go(history, staff_user):
    preferences_update(user=staff_user, enabled=[])
    token_for(staff_user)
    for sent_at in (None, timezone.now()):
        Notification.objects.create(
            recipient=staff_user, category="comment_new", subject="New comment",
            template="notice", sent_at=sent_at,
        )  # fmt: skip
    elsewhere = signed_in(staff_user)
    other_session = elsewhere.session.session_key
    assert Authenticator.objects.filter(user=staff_user).count() == 1

    response = signed_in(staff_user).post(DELETE_URL, {"password": PASSWORD})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=staff_user).count() == 0
    assert NotificationPreference.objects.filter(user=staff_user).count() == 0
    assert Notification.objects.filter(recipient=staff_user).count() == 0
    assert ApiToken.objects.filter(user=staff_user).count() == 0
    assert Session.objects.filter(session_key=other_session).count() == 0
    assert elsewhere.get(DELETE_URL)["Location"] == f"/accounts/login/?next={DELETE_URL}"
    staff_user.refresh_from_db()
    assert (staff_user.is_staff, staff_user.is_superuser) == (False, False)


def test_a_challenge_contact_who_leaves_is_no_longer_the_contact(history, provider_member):
    history.challenge.contact = provider_member
    history.challenge.save()

    account_delete(user=provider_member, password=PASSWORD)

    history.challenge.refresh_from_db()
    assert history.challenge.contact is None


def test_same_email_address_can_sign_up_again_as_a_new_account(history, provider_member):
    account_delete(user=provider_member, password=PASSWORD)

    response = Client().post(
        "/accounts/signup/",
        {"email": "member@tyne.example", "password1": PASSWORD, "password2": PASSWORD,
         "full_name": "Back Again"},
    )  # fmt: skip

    assert response.status_code == 302
    assert User.objects.get(email="member@tyne.example").pk != provider_member.pk


# Refusals change nothing


def test_wrong_password_is_refused_by_field_and_changes_nothing(history, provider_member):
    client = signed_in(provider_member)
    before = everything_about(provider_member)

    response = client.post(DELETE_URL, {"password": "not-my-password"})

    assert response.status_code == 200
    assert response.context["form"].errors == {"password": ["That is not your password."]}
    assert "That is not your password." in response.content.decode()
    assert everything_about(provider_member) == before


def test_empty_password_is_refused_by_field(history, provider_member):
    client = signed_in(provider_member)
    before = everything_about(provider_member)

    response = client.post(DELETE_URL, {"password": ""})

    assert response.context["form"].errors == {"password": ["This field is required."]}
    assert everything_about(provider_member) == before


def test_last_owner_is_told_to_make_someone_else_owner_first(history, provider_owner):
    client = signed_in(provider_owner)
    before = everything_about(provider_owner)

    page = client.get(DELETE_URL).content.decode()
    response = client.post(DELETE_URL, {"password": PASSWORD})

    message = (
        "You are the only owner of Tyne Homes. Make someone else owner first "
        "(on the organisation&#x27;s members page), then delete your account."
    )
    assert "You are the only owner of" in page
    assert response.status_code == 200
    assert message in response.content.decode()
    assert everything_about(provider_owner) == before
    assert client.session["_auth_user_id"] == str(provider_owner.pk)


def test_last_owner_of_two_organisations_hears_about_both(history, provider_owner, supplier):
    Membership.objects.create(user=provider_owner, organisation=supplier, role=Role.OWNER)
    supplier.memberships.exclude(user=provider_owner).update(role=Role.MEMBER)

    with pytest.raises(DomainError) as refused:
        account_delete(user=provider_owner, password=PASSWORD)

    assert refused.value.message.startswith(
        "You are the only owner of Damp Sense and Tyne Homes. Make someone else owner first"
    )


def test_an_owner_with_a_co_owner_may_leave(history, provider, provider_owner, provider_admin):
    provider.memberships.filter(user=provider_admin).update(role=Role.OWNER)

    account_delete(user=provider_owner, password=PASSWORD)

    assert list(provider.memberships.values_list("user__email", "role")) == [
        ("admin@tyne.example", "owner"),
        ("member@tyne.example", "member"),
    ]


def test_service_refuses_a_wrong_password(history, provider_member):
    before = everything_about(provider_member)

    with pytest.raises(ValidationError) as refused:
        account_delete(user=provider_member, password="guess")

    assert refused.value.message_dict == {"password": ["That is not your password."]}
    assert everything_about(provider_member) == before


def test_repeated_wrong_passwords_are_rate_limited(history, provider_member):
    client = signed_in(provider_member)
    for _ in range(10):
        client.post(DELETE_URL, {"password": "guess"})

    response = client.post(DELETE_URL, {"password": PASSWORD})

    assert response.status_code == 429
    assert response.context["form"].errors == {
        "password": ["Too many attempts. Wait a minute, then try again."]
    }
    assert User.objects.get(pk=provider_member.pk).is_active is True


def test_anonymous_visitor_is_sent_to_sign_in(db):
    response = Client().get(DELETE_URL)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={DELETE_URL}"
