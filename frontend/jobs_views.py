"""Jobs for programme staff: long-running work and its progress, refreshed while it runs.

With htmx the progress part of the page polls itself every few seconds while the job runs
and stops once it has ended; without JavaScript the page reloads itself meanwhile.
"""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from frontend.decorators import staff_only
from marketplace.jobs.selectors import job_get_for_user, jobs_for_staff
from marketplace.matchmaking import indexing


def _htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


@staff_only
def job_list(request):
    jobs = list(jobs_for_staff(user=request.user))
    context = {"jobs": jobs, "running": any(job.is_running for job in jobs)}
    template = "frontend/jobs/_table.html" if _htmx(request) else "frontend/jobs/list.html"
    return render(request, template, context)


@staff_only
def job_detail(request, pk: int):
    job = job_get_for_user(user=request.user, pk=pk)
    template = "frontend/jobs/_progress.html" if _htmx(request) else "frontend/jobs/detail.html"
    return render(request, template, {"job": job})


@staff_only
@require_POST
def job_rebuild_index(request):
    job = indexing.index_rebuild_request(user=request.user)
    return redirect("frontend:job_detail", pk=job.pk)


@staff_only
@require_POST
def job_reembed_catalogue(request):
    job = indexing.catalogue_reembed_request(user=request.user)
    return redirect("frontend:job_detail", pk=job.pk)
