"""Placeholder: routes are filled in by the module's owner."""

from django.http import HttpResponse
from django.urls import path

from frontend.decorators import staff_only


@staff_only
def placeholder(request, **kwargs):
    return HttpResponse("Not built yet.")


urlpatterns = [
    path("staff/insight/", placeholder, name="insight"),
]
