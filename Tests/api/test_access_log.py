"""One `request` line per request in the API's log (docs/api.md §14): method, route template,
status, duration, request id, the export's uuid where there is one, and never the token."""

import json
import time
import urllib.error
import urllib.request
import uuid

from conftest import log_lines


def call(url: str, method: str, token: str, request_id: str, body: dict | None = None):
    """Sends a request; returns (status, headers)."""
    request = urllib.request.Request(
        url, method=method, data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {token}", "X-Request-Id": request_id, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def lines_of(log, request_id: str) -> list[dict]:
    """The access lines of `request_id`, once the server has written them."""
    for _ in range(50):
        found = [line for line in log_lines(log) if line.get("request.id") == request_id
                 and line.get("message") == "request"]
        if found:
            return found
        time.sleep(0.1)
    return []


def test_each_request_is_logged_once_with_its_route_and_without_the_token(live_api):
    created_id, missing_id = f"journal-{uuid.uuid4()}", f"journal-{uuid.uuid4()}"
    body = {"start_at": live_api.start_at, "end_at": live_api.end_at}
    status, headers = call(f"{live_api.url}/v1/exports", "POST", live_api.registry_token, created_id, body)
    assert status == 201 and headers["X-Request-Id"] == created_id
    export = headers["Location"].rsplit("/", 1)[1]
    unknown = str(uuid.uuid4())
    status, _ = call(f"{live_api.url}/v1/exports/{unknown}", "GET", live_api.registry_token, missing_id)
    assert status == 404

    created = lines_of(live_api.log, created_id)
    assert len(created) == 1
    assert created[0]["http.method"] == "POST" and created[0]["http.route"] == "/v1/exports"
    assert created[0]["http.status"] == "201" and created[0]["export.uuid"] == export
    assert int(created[0]["duration_ms"]) >= 0
    missing = lines_of(live_api.log, missing_id)
    assert len(missing) == 1 and missing[0]["http.route"] == "/v1/exports/{uuid}"
    assert missing[0]["http.status"] == "404" and missing[0]["export.uuid"] == unknown
    assert live_api.registry_token not in live_api.log.read_text()
