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


@pytest.mark.parametrize("depth", [65, 400, 900, 100_000])
def test_a_json_body_nested_too_deep_is_a_json_400_at_any_depth(client, provider_member, depth):
    client.force_login(provider_member)

    response = client.post(
        "/api/v1/challenges/", data="[" * depth + "]" * depth, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error - nested")


def test_a_json_body_nested_as_deep_as_any_real_one_is_read(client, provider_member):
    client.force_login(provider_member)
    nested = "[" * 63 + "]" * 63  # 64 deep with the object around it

    response = client.post(
        "/api/v1/challenges/",
        data=f'{{"organisation": "nowhere", "title": {nested}}}',
        content_type="application/json",
    )

    # Parsed, and refused field by field.
    assert response.status_code == 400
    assert "organisation" in response.json()
