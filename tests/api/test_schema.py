import re

import pytest
import yaml
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from drf_spectacular.generators import SchemaGenerator


def documented_paths(schema: dict) -> dict:
    return {re.sub(r"\{\w+\}", "{}", path): ops for path, ops in schema["paths"].items()}


def api_routes() -> dict[str, URLPattern]:
    def walk(patterns, prefix: str):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern), pattern

    # The schema and its Swagger page describe the API; they are not part of it.
    return {
        re.sub(r"<(?:\w+:)?\w+>", "{}", f"/{route}"): pattern
        for route, pattern in walk(get_resolver().url_patterns, "")
        if route.startswith("api/") and pattern.name not in {"schema", "docs"}
    }


def test_schema_validates_with_no_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", tmp_path / "api.yaml")

    schema = yaml.safe_load((tmp_path / "api.yaml").read_text())
    assert schema["info"]["title"] == "Launchpad API"
    assert sorted(documented_paths(schema)) == sorted(api_routes())


def test_every_api_endpoint_and_method_is_in_the_schema():
    documented = documented_paths(SchemaGenerator().get_schema(request=None, public=True))
    routes = api_routes()

    assert sorted(routes) == sorted(documented)
    for path, pattern in routes.items():
        view = pattern.callback.cls
        methods = {m for m in ("get", "post", "put", "patch", "delete") if hasattr(view, m)}
        assert set(documented[path]) == methods, path


def test_schema_documents_create_as_201_with_an_organisation_slug():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    create = schema["paths"]["/api/v1/challenges/"]["post"]
    body = create["requestBody"]["content"]["application/json"]["schema"]
    name = body["$ref"].rsplit("/", 1)[1]
    organisation = schema["components"]["schemas"][name]["properties"]["organisation"]

    assert [status for status in create["responses"] if status.startswith("2")] == ["201"]
    assert organisation.get("readOnly", False) is False
    assert organisation["type"] == "string"


@pytest.mark.parametrize("action", ["submit", "publish", "close", "archive"])
def test_schema_asks_for_a_reason_only_when_rejecting(action):
    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]

    assert "requestBody" in paths["/api/v1/challenges/{id}/reject/"]["post"]
    assert "requestBody" not in paths[f"/api/v1/challenges/{{id}}/{action}/"]["post"]


def test_every_operation_documents_the_shared_error_answers():
    schema = SchemaGenerator().get_schema(request=None, public=True)

    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert {"400", "401", "403", "404", "409", "429"} <= set(operation["responses"]), (
                f"{method.upper()} {path}"
            )
