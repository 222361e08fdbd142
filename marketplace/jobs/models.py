from django.conf import settings
from django.db import models
from django.utils import timezone


class JobStatus(models.TextChoices):
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Job(models.Model):
    """Long-running work that staff can follow: what it is, how far it got, how it ended.

    Changed only through marketplace.jobs.services.
    """

    kind = models.CharField(max_length=60, db_index=True)
    title = models.CharField(max_length=200)
    status = models.CharField(
        max_length=10, choices=JobStatus.choices, default=JobStatus.RUNNING, db_index=True
    )
    done = models.PositiveIntegerField(default=0)
    # None while the amount of work is unknown: the page shows a count instead of a bar.
    total = models.PositiveIntegerField(null=True, blank=True)
    message = models.TextField(blank=True)
    link = models.CharField(max_length=500, blank=True)
    # Where resumable work got to, in the job's own terms; written with each advance.
    checkpoint = models.JSONField(default=dict, blank=True)
    # Set to the kind while an exclusive job runs, so a second one cannot start beside it.
    running_key = models.CharField(max_length=60, null=True, blank=True, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display().lower()})"

    @property
    def is_running(self) -> bool:
        return self.status == JobStatus.RUNNING

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))


class JobStep(models.Model):
    """A part of a job that has been done (or is being done, until its transaction ends)."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="steps")
    key = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "key"], name="job_step_once")]

    def __str__(self) -> str:
        return f"{self.job_id}: {self.key}"
