"""Placeholder: privacy pages (notice, organisation export, account deletion)."""

urlpatterns: list = []
