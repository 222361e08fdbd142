"""Re-embedding the catalogue in batches, switching models without downtime, drift repair."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.jobs.models import Job, JobStatus
from marketplace.matchmaking import indexing, tasks
from marketplace.matchmaking.matches import document_for, sync_with_matcher
from matching import engine, maintenance
from matching.models import StoredDocument
from tests.deploy.support import next_model
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.matching.support import after_refresh, count_encodes, fresh_index

pytestmark = pytest.mark.django_db

OLD, NEW = "all-MiniLM-L6-v2", "all-MiniLM-L6-v2-next"
KINDS = ("challenge", "solution")


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def catalogue(index_dir, provider, supplier):
    """Two challenges and three solutions, published, embedded and served by the old model."""
    entries = {
        "damp": ChallengeFactory(
            organisation=provider, status=Status.PUBLISHED, title="Find damp and mould early"
        ),
        "arrears": ChallengeFactory(
            organisation=provider,
            status=Status.PUBLISHED,
            title="Cut rent arrears",
            summary="Tenants fall behind on rent.",
            problem_statement="Arrears grow over winter.",
            themes=[],
        ),
        "sensors": SolutionFactory(
            organisation=supplier, status=Status.PUBLISHED, name="Humidity sensors"
        ),
        "advice": SolutionFactory(
            organisation=supplier,
            status=Status.PUBLISHED,
            name="Money advice line",
            summary="Debt and benefits advice for tenants.",
            description="Advisers call tenants who fall behind on rent.",
            themes=[],
        ),
        "payroll": SolutionFactory(
            organisation=supplier,
            status=Status.PUBLISHED,
            name="Payroll for care staff",
            summary="Timesheets and pensions.",
            description="Payroll software.",
            themes=[],
        ),
    }
    for entry in entries.values():
        sync_with_matcher("challenge" if isinstance(entry, Challenge) else "solution", entry.pk)
    for kind in KINDS:
        engine.rebuild_index(kind)
    return entries


@pytest.fixture
def new_model(settings, tmp_path, catalogue):
    settings.MATCHING_MODEL_PATH = str(next_model(tmp_path))
    return NEW


def ranked(challenge) -> list[int]:
    return [m.id for m in engine.rank_solutions(document_for(challenge), k=3, explain=False)]


@pytest.fixture
def reembed(staff_user, settings, monkeypatch, django_capture_on_commit_callbacks):
    """Start a re-embed whose batches (of 2) are queued here, to be run one at a time."""
    settings.MATCHING_REEMBED_BATCH = 2

    def start() -> tuple[Job, list[tuple]]:
        queued = []
        monkeypatch.setattr(tasks.reembed_catalogue_batch, "delay", lambda *a: queued.append(a))
        with django_capture_on_commit_callbacks(execute=True):
            job = indexing.catalogue_reembed_request(user=staff_user)
        return job, queued

    return start


def run(batch: tuple) -> None:
    job_id, kind, pks = batch
    indexing.catalogue_reembed_batch(job_id=job_id, kind=kind, pks=pks)


def rows(model_name: str) -> set[tuple[str, int]]:
    documents = StoredDocument.objects.filter(model_name=model_name)
    return set(documents.values_list("kind", "object_id"))


def every_entry() -> set[tuple[str, int]]:
    return {("challenge", pk) for pk in Challenge.objects.values_list("pk", flat=True)} | {
        ("solution", pk) for pk in Solution.objects.values_list("pk", flat=True)
    }


def test_after_a_model_change_the_old_index_serves_until_the_new_one_is_complete(
    catalogue, new_model, reembed
):
    damp = catalogue["damp"]
    before = ranked(damp)
    job, batches = reembed()

    served_during = []
    for batch in batches[:-1]:
        run(batch)
        after_refresh()
        served_during.append(({engine.serving_model_name(k) for k in KINDS}, ranked(damp)))
    run(batches[-1])

    assert [pks for _, _, pks in batches] == [
        [catalogue["damp"].pk, catalogue["arrears"].pk],
        [catalogue["sensors"].pk, catalogue["advice"].pk],
        [catalogue["payroll"].pk],
    ]
    assert served_during == [({OLD}, before)] * 2
    after_refresh()
    assert {engine.serving_model_name(kind) for kind in KINDS} == {NEW}
    assert ranked(damp) == before  # the same weights under another name rank the same
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 5, 5)
    assert job.message == (
        f"5 published entries embedded with {NEW}. "
        f"The challenge and solution indexes now serve {NEW}."
    )


def test_an_entry_edited_while_the_catalogue_is_re_embedded_gets_vectors_of_both_models(
    catalogue, new_model, reembed, supplier
):
    reembed()
    late = SolutionFactory(organisation=supplier, status=Status.PUBLISHED, name="Mould wash")

    sync_with_matcher("solution", late.pk)

    assert {("solution", late.pk)} <= rows(OLD) & rows(NEW)
    after_refresh()
    ranked_all = engine.rank_solutions(document_for(catalogue["damp"]), k=10, explain=False)
    assert late.pk in [m.id for m in ranked_all]


def test_entries_published_after_the_job_started_are_embedded_before_the_switch(
    catalogue, new_model, reembed
):
    job, batches = reembed()
    # Published after the batches were planned, its own sync task not yet run.
    missed = ChallengeFactory(organisation=catalogue["damp"].organisation, status=Status.PUBLISHED)

    for batch in batches:
        run(batch)

    assert ("challenge", missed.pk) in rows(NEW)
    assert {engine.serving_model_name(kind) for kind in KINDS} == {NEW}
    job.refresh_from_db()
    assert "1 published meanwhile were embedded at the end." in job.message


def test_re_embedding_again_embeds_nothing_whose_text_is_unchanged(catalogue, reembed, monkeypatch):
    encodes = count_encodes(monkeypatch)
    versions = {kind: engine.index_store().current_version(kind) for kind in KINDS}
    job, batches = reembed()

    for batch in batches:
        run(batch)

    job.refresh_from_db()
    assert encodes.calls == []
    assert (job.status, job.done) == (JobStatus.DONE, 5)
    assert job.message == f"5 published entries embedded with {OLD}."
    # Nothing to switch, so no new versions.
    assert {kind: engine.index_store().current_version(kind) for kind in KINDS} == versions


def test_a_batch_delivered_twice_is_done_once(catalogue, new_model, reembed, monkeypatch):
    job, batches = reembed()
    run(batches[0])
    encodes = count_encodes(monkeypatch)

    run(batches[0])

    job.refresh_from_db()
    assert encodes.calls == []
    assert (job.status, job.done) == (JobStatus.RUNNING, 2)


def test_a_batch_delivered_again_after_the_job_ended_does_nothing(
    catalogue, new_model, reembed, monkeypatch
):
    job, batches = reembed()
    for batch in batches:
        run(batch)
    encodes = count_encodes(monkeypatch)
    versions = {kind: engine.index_store().current_version(kind) for kind in KINDS}

    run(batches[0])

    assert encodes.calls == []
    assert {kind: engine.index_store().current_version(kind) for kind in KINDS} == versions
    assert Job.objects.get(pk=job.pk).done == 5


def test_a_batch_that_dies_part_way_leaves_nothing_and_runs_again_in_full(
    catalogue, new_model, reembed, monkeypatch
):
    job, batches = reembed()
    real = engine.index_document
    calls = []

    def dies_on_the_second(document):
        calls.append(document.id)
        if len(calls) == 2:
            raise SystemExit("the worker was killed")
        return real(document)

    monkeypatch.setattr(engine, "index_document", dies_on_the_second)
    with pytest.raises(SystemExit):
        run(batches[0])

    assert (Job.objects.get(pk=job.pk).done, rows(NEW)) == (0, set())  # rolled back
    monkeypatch.setattr(engine, "index_document", real)
    for batch in batches:
        run(batch)
    assert rows(NEW) == every_entry()
    assert Job.objects.get(pk=job.pk).status == JobStatus.DONE


def test_a_worker_configured_with_another_model_fails_the_job_instead_of_mixing_models(
    catalogue, new_model, reembed, settings
):
    job, batches = reembed()
    settings.MATCHING_MODEL_PATH = ""  # this worker was not restarted with the new setting

    run(batches[0])

    job.refresh_from_db()
    assert (job.status, job.done, rows(NEW)) == (JobStatus.FAILED, 0, set())
    assert job.message.startswith(f"A worker configured with {OLD} took a batch of this re-embed")


def test_a_second_reembed_while_one_runs_returns_the_running_job(catalogue, new_model, reembed):
    first, _ = reembed()

    second, queued = reembed()

    assert second == first
    assert queued == []  # the running job's own batches carry on
    assert Job.objects.filter(kind="catalogue.reembed").count() == 1


def test_only_staff_can_ask_for_matcher_upkeep(catalogue, provider_admin):
    from marketplace.core.errors import NotAllowed

    with pytest.raises(NotAllowed):
        indexing.catalogue_reembed_request(user=provider_admin)
    with pytest.raises(NotAllowed):
        indexing.index_rebuild_request(user=provider_admin)

    assert Job.objects.count() == 0


# Beat: drift checks, pruning and compaction


def settle(*entries) -> None:
    """As if the entries had last changed long enough ago for their own tasks to have run."""
    for entry in entries:
        type(entry).objects.filter(pk=entry.pk).update(
            updated_at=timezone.now() - timedelta(hours=1)
        )


def test_the_stale_data_check_syncs_entries_the_matcher_lost_or_should_have_dropped(
    catalogue, supplier, django_capture_on_commit_callbacks
):
    lost = SolutionFactory(organisation=supplier, status=Status.PUBLISHED, name="Damp survey")
    withdrawn = catalogue["payroll"]
    Solution.objects.filter(pk=withdrawn.pk).update(status=Status.CLOSED)
    settle(lost, withdrawn)

    report = indexing.matcher_freshness_check()

    assert report["kinds"] == {
        "challenge": {"missing": 0, "withdrawn": 0},
        "solution": {"missing": 1, "withdrawn": 1},
    }
    assert StoredDocument.objects.get(kind="solution", object_id=lost.pk).is_searchable is True
    assert (
        StoredDocument.objects.get(kind="solution", object_id=withdrawn.pk).is_searchable is False
    )


def test_the_stale_data_check_leaves_recent_changes_to_their_own_tasks(catalogue, supplier):
    SolutionFactory(organisation=supplier, status=Status.PUBLISHED, name="Damp survey")

    report = indexing.matcher_freshness_check()

    assert report["kinds"]["solution"] == {"missing": 0, "withdrawn": 0}


def test_the_stale_data_check_starts_a_reembed_when_the_configured_model_is_not_served(
    catalogue, new_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = indexing.matcher_freshness_check()

    job = Job.objects.get(pk=report["reembed_job"])
    assert (job.kind, job.status, job.created_by) == ("catalogue.reembed", JobStatus.DONE, None)
    assert {engine.serving_model_name(kind) for kind in KINDS} == {NEW}


def test_vectors_of_a_model_no_longer_served_are_pruned_once_every_process_has_switched(
    catalogue, new_model, reembed
):
    for batch in reembed()[1]:
        run(batch)

    assert maintenance.prune_unused_models(settled_for=600) == 0  # just switched
    assert maintenance.prune_unused_models(settled_for=0) == 5

    assert set(StoredDocument.objects.values_list("model_name", flat=True)) == {NEW}


def test_nightly_compaction_rebuilds_only_the_indexes_with_changes(catalogue, supplier):
    versions = {kind: engine.index_store().current_version(kind) for kind in KINDS}
    # Built a while ago; only the new solution changed since.
    StoredDocument.objects.update(updated_at=timezone.now() - timedelta(hours=1))
    sync_with_matcher(
        "solution", SolutionFactory(organisation=supplier, status=Status.PUBLISHED).pk
    )

    assert indexing.matcher_compact() == {"challenge": None, "solution": versions["solution"] + 1}
