import time

from django.core.management.base import BaseCommand, CommandError

from marketplace.jobs.models import Job, JobStatus
from marketplace.matchmaking.indexing import catalogue_reembed_request, index_rebuild_request


class Command(BaseCommand):
    help = (
        "Embed every published entry with the configured model (MATCHING_MODEL_PATH) in "
        "batches on the Celery workers, then switch the indexes to it; or, with --rebuild, "
        "rebuild the indexes from the stored vectors. Progress shows at /staff/jobs/."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="rebuild the indexes only")
        parser.add_argument("--wait", action="store_true", help="follow the job until it ends")

    def handle(self, *args, **options) -> None:
        request = index_rebuild_request if options["rebuild"] else catalogue_reembed_request
        job = request(user=None)
        self.stdout.write(f"Job {job.pk}: {job.title}")
        if options["wait"]:
            self._follow(job.pk)

    def _follow(self, pk: int) -> None:
        shown = None
        while True:
            job = Job.objects.get(pk=pk)
            progress = (job.status, job.done)
            if progress != shown:
                total = f" of {job.total}" if job.total is not None else ""
                self.stdout.write(f"{job.get_status_display()}: {job.done}{total} {job.message}")
                shown = progress
            if not job.is_running:
                break
            time.sleep(1)
        if job.status == JobStatus.FAILED:
            raise CommandError(job.message)
