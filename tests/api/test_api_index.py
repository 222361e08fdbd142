"""/api/v1/ answers with where the documentation is and the collections the API serves."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_the_api_root_links_the_docs_and_every_collection():
    answer = APIClient().get("/api/v1/")

    assert answer.status_code == 200
    body = answer.json()
    assert body["docs"] == "http://testserver/api/v1/docs/"
    assert body["schema"] == "http://testserver/api/v1/schema/"
    assert body["resources"]["challenges"] == "http://testserver/api/v1/challenges/"
    assert body["resources"]["cohorts"] == "http://testserver/api/v1/cohorts/"
    for url in body["resources"].values():
        # Each link leads somewhere real: an answer or a request to sign in, never a 404.
        assert APIClient().get(url).status_code in (200, 401, 403), url


def test_the_footer_links_the_api_documentation_page(client):
    page = client.get("/").content.decode()

    assert '<a href="/api/v1/docs/">REST API</a>' in page
