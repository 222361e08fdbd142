"""A proposal that processes personal data says how, before programme staff see it."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.core.models import AuditEntry
from marketplace.proposals import services
from marketplace.proposals.models import PilotProposal, ProposalStatus
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db

# Each data-protection field, and what leaving it out looks like.
EMPTY = {
    "personal_data_categories": "",
    "special_category_data": None,
    "lawful_basis": "",
    "dpia_status": "",
    "data_sharing_agreement": "",
    "retention": "",
    "data_hosting": "",
}


@pytest.fixture
def write_and_sign(provider, supplier, provider_member, supplier_member, provider_admin,
                   supplier_admin):  # fmt: skip
    """Write the complete text with `changes` on top, and have both admins sign it off."""

    def write(**changes):
        challenge, solution = published_pair(provider, supplier)
        interest = services.interest_express(
            user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
        )
        proposal = services.interest_accept(user=provider_member, interest=interest)
        proposal = services.proposal_update(
            user=supplier_member, proposal=proposal, version=proposal.version,
            **{**COMPLETE, **changes},
        )  # fmt: skip
        for admin in (provider_admin, supplier_admin):
            proposal = services.proposal_sign_off(
                user=admin, proposal=proposal, version=proposal.version
            )
        return proposal

    return write


def submit(proposal, user):
    return services.proposal_submit(user=user, proposal=proposal, version=proposal.version)


def everything(proposal) -> dict:
    return {
        "proposal": PilotProposal.objects.values().get(pk=proposal.pk),
        "transitions": proposal.transitions.count(),
        "audit": AuditEntry.objects.count(),
    }


def test_personal_data_without_any_data_protection_answers_names_each_missing_field(
    write_and_sign, provider_member
):
    proposal = write_and_sign(processes_personal_data=True, **EMPTY)
    before = everything(proposal)

    with pytest.raises(ValidationError) as error:
        submit(proposal, provider_member)

    assert error.value.message_dict == {
        "personal_data_categories": ["List the categories of personal data."],
        "special_category_data": ["Say whether special category data is processed."],
        "lawful_basis": ["Choose the lawful basis for processing."],
        "dpia_status": ["Say whether a DPIA is needed and whether it is done."],
        "data_sharing_agreement": ["Say whether a data-sharing agreement is needed or signed."],
        "retention": ["Say how long data is kept and how it is deleted."],
        "data_hosting": ["Say where the data is hosted."],
    }
    assert everything(proposal) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [*EMPTY.items(), ("personal_data_categories", "   "), ("retention", "\n\t "),
     ("data_hosting", "  ")],
)  # fmt: skip
def test_personal_data_with_one_answer_missing_names_only_that_field(
    write_and_sign, provider_member, field, value
):
    proposal = write_and_sign(processes_personal_data=True, **{field: value})
    before = everything(proposal)

    with pytest.raises(ValidationError) as error:
        submit(proposal, provider_member)

    assert list(error.value.message_dict) == [field]
    assert everything(proposal) == before


def test_special_category_data_needs_a_dpia(write_and_sign, supplier_member):
    proposal = write_and_sign(special_category_data=True, dpia_status="not_needed")
    before = everything(proposal)

    with pytest.raises(ValidationError) as error:
        submit(proposal, supplier_member)

    assert error.value.message_dict == {"dpia_status": ["Special category data needs a DPIA."]}
    assert everything(proposal) == before


@pytest.mark.parametrize("dpia_status", ["needed", "done"])
def test_special_category_data_with_a_dpia_needed_or_done_may_be_submitted(
    write_and_sign, supplier_member, dpia_status
):
    proposal = write_and_sign(special_category_data=True, dpia_status=dpia_status)

    submit(proposal, supplier_member)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


def test_no_special_category_data_may_say_a_dpia_is_not_needed(write_and_sign, supplier_member):
    proposal = write_and_sign(special_category_data=False, dpia_status="not_needed")

    submit(proposal, supplier_member)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


def test_without_personal_data_none_of_the_data_protection_answers_are_needed(
    write_and_sign, provider_member
):
    proposal = write_and_sign(processes_personal_data=False, **EMPTY)

    submit(proposal, provider_member)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED
    assert (proposal.lawful_basis, proposal.special_category_data) == ("", None)


def test_missing_data_protection_answers_come_with_the_other_missing_sections(
    write_and_sign, provider_member
):
    proposal = write_and_sign(
        processes_personal_data=True, lawful_basis="", risks="", milestones=[]
    )

    with pytest.raises(ValidationError) as error:
        submit(proposal, provider_member)

    assert sorted(error.value.message_dict) == ["lawful_basis", "milestones", "risks"]
