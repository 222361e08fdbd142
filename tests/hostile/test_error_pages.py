"""Errors answer in the client's language: JSON under /api/, the site's own page elsewhere."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/no-such-thing/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_an_api_id_that_is_not_a_number_is_a_json_404(client):
    response = client.get("/api/v1/challenges/-1/")

    assert (response.status_code, response["Content-Type"]) == (404, "application/json")


def test_an_unknown_page_is_the_sites_own_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Go to your home page" in response.content.decode()
