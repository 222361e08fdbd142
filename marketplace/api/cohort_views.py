"""Placeholder: the staff REST API for cohorts, pairings, clusters and the funnel."""

urlpatterns: list = []
