"""Demand insight with the real model and FAISS: groups of challenges, unmet demand, seeding."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Status
from marketplace.cohorts.insight import challenge_clusters, cohort_from_cluster
from marketplace.cohorts.models import Cohort, EntryStatus
from marketplace.core.errors import NotAllowed
from marketplace.core.models import AuditEntry
from tests.marketplace.catalogue.factories import DAMP, ChallengeFactory
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    payroll_solution,
    sensor_solution,
)
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

ARREARS = "income-arrears-financial-inclusion"


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def mould_challenge(organisation, **fields):
    return ChallengeFactory(
        organisation=organisation,
        **{
            "status": Status.PUBLISHED,
            "title": "Mould keeps coming back in our flats",
            "summary": "Damp patches and mould on walls every winter.",
            "problem_statement": "Tenants only tell us once the mould turns walls green.",
            "desired_outcomes": "Stop damp and mould returning to the same homes.",
            **fields,
        },
    )


def arrears_challenge(organisation, **fields):
    return ChallengeFactory(
        organisation=organisation,
        status=fields.pop("status", Status.PUBLISHED),
        title=fields.pop("title", "Spot tenants falling into rent arrears"),
        summary="Rent arrears are rising and debts grow before we notice.",
        problem_statement="Income officers learn of missed rent payments months late.",
        desired_outcomes="Offer budgeting support before arrears build up.",
        themes=[ARREARS],
        homes_affected=900,
        **fields,
    )


def damp_and_arrears(provider, other_provider):
    """Three damp challenges from two providers, two about rent arrears."""
    return indexed(
        damp_challenge(provider, homes_affected=400),
        mould_challenge(other_provider, homes_affected=250),
        mould_challenge(provider, title="Mould in bathrooms after winter", homes_affected=None),
        arrears_challenge(provider),
        arrears_challenge(other_provider, title="Help residents struggling to pay their rent"),
    )


def group_of(clusters, challenge):
    return next(c for c in clusters if challenge in c.challenges)


def test_damp_challenges_of_two_providers_form_one_group_named_by_damp_words(
    provider, other_provider
):
    damp, mould, bathrooms, arrears, struggling = damp_and_arrears(provider, other_provider)

    clusters = challenge_clusters(k=2)

    assert [set(c.challenges) for c in clusters] == [
        {damp, mould, bathrooms},
        {arrears, struggling},
    ]
    assert {"damp", "mould"} <= set(clusters[0].top_terms)
    assert clusters[0].label.startswith("damp · mould · ")
    assert "arrears" in clusters[1].top_terms


def test_a_group_counts_its_providers_once_and_totals_the_homes_affected(provider, other_provider):
    damp, *_ = damp_and_arrears(provider, other_provider)

    clusters = challenge_clusters(k=2)

    damp_group = group_of(clusters, damp)
    # 400 + 250, and the challenge that did not say counts as none.
    assert damp_group.homes_total == 650
    assert [p.name for p in damp_group.providers] == ["Mersey Homes", "Tyne Homes"]
    assert group_of(clusters, clusters[1].challenges[0]).homes_total == 1800


def test_every_group_is_unmet_while_no_solution_is_published(provider, other_provider):
    damp_and_arrears(provider, other_provider)

    clusters = challenge_clusters(k=2)

    assert [(c.best_solution_score, c.unmet) for c in clusters] == [(None, True), (None, True)]


def test_demand_stays_unmet_until_a_fitting_solution_is_published(
    provider, other_provider, supplier, other_supplier
):
    damp, *_ = damp_and_arrears(provider, other_provider)
    indexed(payroll_solution(other_supplier))

    before = group_of(challenge_clusters(k=2), damp)
    indexed(sensor_solution(supplier))
    after = group_of(challenge_clusters(k=2), damp)

    assert before.unmet is True
    assert before.best_solution_score < 0.5
    assert after.unmet is False
    assert after.best_solution_score >= 0.5


def test_the_threshold_for_unmet_demand_is_a_setting(settings, provider, other_provider, supplier):
    damp, *_ = damp_and_arrears(provider, other_provider)
    indexed(sensor_solution(supplier))

    settings.UNMET_DEMAND_SCORE = 0.99
    group = group_of(challenge_clusters(k=2), damp)

    assert group.best_solution_score < 0.99
    assert group.unmet is True


def test_an_unchanged_catalogue_is_grouped_once(
    django_assert_num_queries, provider, other_provider
):
    damp_and_arrears(provider, other_provider)
    first = challenge_clusters(k=2)

    # The signature of the stored documents, then the published challenges: no vectors.
    with django_assert_num_queries(2):
        again = challenge_clusters(k=2)

    assert [c.key for c in again] == [c.key for c in first]


def test_publishing_a_challenge_regroups_at_once(
    django_capture_on_commit_callbacks, staff_user, provider, other_provider
):
    damp, *_ = damp_and_arrears(provider, other_provider)
    before = group_of(challenge_clusters(k=2), damp)
    submitted = mould_challenge(other_provider, title="Condensation in our tower blocks")
    submitted.status = Status.SUBMITTED
    submitted.save()

    with django_capture_on_commit_callbacks(execute=True):
        catalogue.entry_publish(submitted, user=staff_user)
    after = group_of(challenge_clusters(k=2), damp)

    assert len(before.challenges) == 3
    assert len(after.challenges) == 4
    assert submitted in after.challenges
    assert after.key != before.key


def test_a_closed_challenge_leaves_its_group_at_once(staff_user, provider, other_provider):
    damp, mould, *_ = damp_and_arrears(provider, other_provider)
    challenge_clusters(k=2)

    # Before its matcher task has run: the status alone takes it out.
    catalogue.entry_close(mould, user=staff_user)
    group = group_of(challenge_clusters(k=2), damp)

    assert mould not in group.challenges
    assert len(group.challenges) == 2
    assert [p.name for p in group.providers] == ["Tyne Homes"]


def test_drafts_are_never_grouped(provider, other_provider):
    damp_and_arrears(provider, other_provider)
    draft = mould_challenge(provider, status=Status.DRAFT, title="Our draft about mould")

    clusters = challenge_clusters(k=2)

    assert draft not in {c for group in clusters for c in group.challenges}
    assert sum(len(c.challenges) for c in clusters) == 5


@pytest.mark.parametrize("k", [0, -1, 201])
def test_a_number_of_groups_out_of_range_is_refused_by_field(provider, k):
    with pytest.raises(ValidationError) as refused:
        challenge_clusters(k=k)

    assert refused.value.message_dict == {"k": ["Choose between 1 and 200 groups."]}


def test_no_published_challenges_means_no_groups(db):
    assert challenge_clusters() == []


# Seeding a cohort


def test_a_cohort_seeded_from_a_group_holds_its_challenges_and_their_theme(
    staff_user, provider, other_provider
):
    damp, *_ = damp_and_arrears(provider, other_provider)
    group = group_of(challenge_clusters(k=2), damp)

    cohort = cohort_from_cluster(
        user=staff_user, challenge_ids=[c.pk for c in group.challenges], name="Damp 2027"
    )

    assert cohort.name == "Damp 2027"
    assert cohort.slug == "damp-2027"
    assert set(cohort.entries.values_list("challenge_id", "status")) == {
        (c.pk, EntryStatus.ACCEPTED) for c in group.challenges
    }
    assert [t.slug for t in cohort.themes.all()] == [DAMP]


def test_only_staff_seed_cohorts(provider_admin, provider):
    damp = damp_challenge(provider)

    with pytest.raises(NotAllowed):
        cohort_from_cluster(user=provider_admin, challenge_ids=[damp.pk], name="Mine")

    assert Cohort.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_an_unpublished_challenge_is_refused_and_nothing_is_created(staff_user, provider):
    published = damp_challenge(provider)
    draft = mould_challenge(provider, status=Status.DRAFT)

    with pytest.raises(ValidationError) as refused:
        cohort_from_cluster(
            user=staff_user, challenge_ids=[published.pk, draft.pk, 999_999], name="Damp"
        )

    assert list(refused.value.message_dict) == ["challenge_ids"]
    assert f"#{draft.pk}, #999999" in refused.value.message_dict["challenge_ids"][0]
    assert Cohort.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_a_taken_name_is_refused_and_nothing_is_created(staff_user, provider):
    damp = damp_challenge(provider)
    cohort_from_cluster(user=staff_user, challenge_ids=[damp.pk], name="Damp 2027")
    audited = AuditEntry.objects.count()
    other = mould_challenge(provider)

    with pytest.raises(ValidationError) as refused:
        cohort_from_cluster(user=staff_user, challenge_ids=[other.pk], name=" damp 2027 ")

    assert refused.value.message_dict == {
        "name": ["A cohort called “damp 2027” already exists: choose another name."]
    }
    assert Cohort.objects.count() == 1
    assert list(Cohort.objects.get().entries.values_list("challenge_id", flat=True)) == [damp.pk]
    assert AuditEntry.objects.count() == audited


@pytest.mark.parametrize(
    ("name", "ids", "errors"),
    [
        ("   ", [1], {"name": ["Give the cohort a name."]}),
        ("!!!", [1], {"name": ["Use some letters or numbers in the name."]}),
        ("Damp", [], {"challenge_ids": ["Choose at least one challenge."]}),
    ],
)
def test_bad_input_names_the_field(staff_user, provider, name, ids, errors):
    damp = damp_challenge(provider)

    with pytest.raises(ValidationError) as refused:
        cohort_from_cluster(user=staff_user, challenge_ids=[damp.pk] * len(ids), name=name)

    assert refused.value.message_dict == errors
    assert Cohort.objects.count() == 0
