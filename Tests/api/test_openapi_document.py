"""`/openapi.json` as a client's tools read it (docs/api.md §13): a valid OpenAPI 3.1 document
for openapi-spec-validator, with what a generated client needs on every operation."""

import json
import urllib.request

from openapi_spec_validator import validate

METHODS = {"get", "post", "put", "patch", "delete"}


def fetch_document(url: str) -> dict:
    """The document the live server serves."""
    with urllib.request.urlopen(f"{url}/openapi.json", timeout=10) as answer:
        return json.load(answer)


def operations(document: dict):
    """Every (path, method, operation) of the document."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def resolve(document: dict, node: dict) -> dict:
    """`node`, or the component its local `$ref` names."""
    while "$ref" in node:
        target = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_the_document_is_valid_openapi_3_1(live_api):
    document = fetch_document(live_api.url)
    validate(document)
    assert document["openapi"] == "3.1.0"


def test_every_operation_has_an_id_and_every_error_a_body_with_an_example(live_api):
    document = fetch_document(live_api.url)
    identifiers = [operation.get("operationId") for _, _, operation in operations(document)]
    assert None not in identifiers and len(identifiers) == len(set(identifiers))
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            response = resolve(document, response)
            assert "X-Request-Id" in response.get("headers", {}), f"{method} {path} {status}"
            if status.startswith(("4", "5")) and path.startswith("/v1/"):
                content = response["content"]["application/json"]
                assert content["schema"] == {"$ref": "#/components/schemas/Error"}, f"{method} {path} {status}"
                assert content["example"]["error"]["code"], f"{method} {path} {status}"


def test_the_headers_the_download_and_the_links_are_described(live_api):
    document = fetch_document(live_api.url)
    create = document["paths"]["/v1/exports"]["post"]
    created = create["responses"]["201"]
    assert {"Location", "X-Request-Id", "Idempotent-Replayed"} <= set(created["headers"])
    assert {"GetExport", "DeleteExport", "CancelExport", "DownloadExport", "CreateDownloadLink", "SendExport",
            "ListExportLogs"} == set(created["links"])
    assert any(resolve(document, p)["name"] == "Idempotency-Key" for p in create["parameters"])
    assert "Retry-After" in resolve(document, create["responses"]["429"])["headers"]
    assert "WWW-Authenticate" in resolve(document, create["responses"]["401"])["headers"]
    download = document["paths"]["/v1/exports/{uuid}/download"]["get"]["responses"]["200"]
    assert download["content"]["application/zip"]["schema"] == {"type": "string", "format": "binary"}
    schemas = document["components"]["schemas"]
    assert schemas["Export"]["properties"]["stats"]["oneOf"][1] == {"$ref": "#/components/schemas/Stats"}
    assert "" not in schemas["CreateExport"]["properties"]["tz"]["enum"]
    assert "Europe/Paris" in schemas["CreateExport"]["properties"]["tz"]["enum"]
