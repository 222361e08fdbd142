"""Staff API for matcher upkeep and the jobs that carry it out; 404 for everyone else."""

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import strict
from marketplace.api.cohort_views import STAFF_ONLY
from marketplace.jobs.models import Job
from marketplace.jobs.selectors import job_get_for_user
from marketplace.matchmaking import indexing


class JobSerializer(strict.ModelSerializer):
    # A plain string: a second enum named "status" would collide with the catalogue's in the schema.
    status = serializers.CharField(read_only=True, help_text="running, done or failed")
    percent = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Job
        fields = ["id", "kind", "title", "status", "done", "total", "percent", "message",
                  "link", "started_at", "updated_at", "finished_at"]  # fmt: skip
        read_only_fields = fields


class MatcherRebuildApi(APIView):
    """Rebuild both indexes from the stored vectors; a rebuild already running is returned."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses={202: JobSerializer})
    def post(self, request):
        job = indexing.index_rebuild_request(user=request.user)
        return Response(JobSerializer(job).data, status=status.HTTP_202_ACCEPTED)


class CatalogueReembedApi(APIView):
    """Embed the published catalogue with the configured model, switching indexes to it."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses={202: JobSerializer})
    def post(self, request):
        job = indexing.catalogue_reembed_request(user=request.user)
        return Response(JobSerializer(job).data, status=status.HTTP_202_ACCEPTED)


class JobDetailApi(APIView):
    permission_classes = STAFF_ONLY

    @extend_schema(responses=JobSerializer)
    def get(self, request, pk: int):
        return Response(JobSerializer(job_get_for_user(user=request.user, pk=pk)).data)


urlpatterns = [
    path("v1/matching/rebuild/", MatcherRebuildApi.as_view(), name="matching-rebuild"),
    path("v1/matching/reembed/", CatalogueReembedApi.as_view(), name="matching-reembed"),
    path("v1/jobs/<int:pk>/", JobDetailApi.as_view(), name="job"),
]
