"""Tests of the data.gouv.fr stand-in (fake_datagouv.py), through Flask's test client."""

import hashlib
import io

import pytest

from fake_datagouv import DEFAULT_API_KEY, DEFAULT_DATASET_ID, DEFAULT_DATASET_SLUG, create_app

DATASET = f"/api/1/datasets/{DEFAULT_DATASET_SLUG}/"
KEY = {"X-API-KEY": DEFAULT_API_KEY, "Accept": "application/json"}


@pytest.fixture()
def client():
    return create_app().test_client()


def upload(client, path, content: bytes, name="2025-01.csv", headers=KEY):
    return client.post(path, data={"file": (io.BytesIO(content), name)}, headers=headers)


def test_dataset_is_found_by_slug_and_by_id(client):
    by_slug = client.get(DATASET)
    by_id = client.get(f"/api/1/datasets/{DEFAULT_DATASET_ID}/")
    assert by_slug.status_code == 200 and by_id.status_code == 200
    assert by_slug.json["id"] == DEFAULT_DATASET_ID
    assert by_slug.json["slug"] == DEFAULT_DATASET_SLUG
    assert by_slug.json["resources"] == []


def test_upload_creates_a_resource_titled_with_the_file_name(client):
    content = b"journey_id;trip_id\n1;abc\n"
    created = upload(client, DATASET + "upload/", content)
    assert created.status_code == 201
    resource = created.json
    assert resource["title"] == "2025-01.csv"
    assert resource["checksum"] == {"type": "sha1", "value": hashlib.sha1(content).hexdigest()}
    assert resource["filesize"] == len(content)
    assert resource["format"] == "csv" and resource["mime"] == "text/csv"
    listed = client.get(DATASET).json["resources"]
    assert [(r["id"], r["title"]) for r in listed] == [(resource["id"], "2025-01.csv")]
    downloaded = client.get(resource["url"].split("localhost", 1)[1])
    assert downloaded.status_code == 200 and downloaded.data == content


def test_replacing_the_file_keeps_the_id_and_changes_the_checksum(client):
    first = upload(client, DATASET + "upload/", b"old\n").json
    replaced = upload(client, f"{DATASET}resources/{first['id']}/upload/", b"new content\n")
    assert replaced.status_code == 200
    assert replaced.json["id"] == first["id"]
    assert replaced.json["checksum"]["value"] == hashlib.sha1(b"new content\n").hexdigest()
    assert replaced.json["checksum"]["value"] != first["checksum"]["value"]
    assert len(client.get(DATASET).json["resources"]) == 1


def test_put_updates_title_and_description(client):
    rid = upload(client, DATASET + "upload/", b"x\n").json["id"]
    updated = client.put(
        f"{DATASET}resources/{rid}/", json={"title": "2025-01.csv", "description": "# Janvier"}, headers=KEY
    )
    assert updated.status_code == 200
    assert updated.json["description"] == "# Janvier"
    assert client.get(DATASET).json["resources"][0]["description"] == "# Janvier"


def test_put_without_json_is_a_validation_error(client):
    rid = upload(client, DATASET + "upload/", b"x\n").json["id"]
    answer = client.put(f"{DATASET}resources/{rid}/", data="title=x", headers=KEY)
    assert answer.status_code == 400
    assert "Content-Type" in answer.json["errors"]


def test_writes_without_a_key_are_unauthorized(client):
    answer = upload(client, DATASET + "upload/", b"x", headers={})
    assert answer.status_code == 401
    assert answer.json["message"]
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")


def test_an_unknown_key_is_unauthorized_even_for_reads(client):
    headers = {"X-API-KEY": "not-a-key"}
    assert upload(client, DATASET + "upload/", b"x", headers=headers).json == {"message": "Invalid API Key"}
    assert client.get(DATASET, headers=headers).status_code == 401


def test_a_key_that_does_not_own_the_dataset_is_forbidden(client):
    other = client.post("/_test/datasets", json={"slug": "other-dataset"}).json["api_key"]
    answer = upload(client, DATASET + "upload/", b"x", headers={"X-API-KEY": other})
    assert answer.status_code == 403
    assert answer.json["message"] == "You do not have the permission to modify that object."
    stranger = client.post("/_test/keys", json={}).json["api_key"]
    assert client.put(f"{DATASET}resources/{'0' * 8}-0000-0000-0000-{'0' * 12}/", json={},
                      headers={"X-API-KEY": stranger}).status_code == 403


def test_unknown_dataset_and_resource_are_not_found(client):
    assert client.get("/api/1/datasets/nope/").status_code == 404
    assert upload(client, "/api/1/datasets/nope/upload/", b"x").json["message"]
    missing = "11111111-2222-3333-4444-555555555555"
    answer = upload(client, f"{DATASET}resources/{missing}/upload/", b"x")
    assert answer.status_code == 404 and answer.json == {"message": "Resource does not exist"}
    assert client.put(f"{DATASET}resources/{missing}/", json={"title": "t"}, headers=KEY).status_code == 404


def test_upload_without_a_file_is_rejected(client):
    answer = client.post(DATASET + "upload/", data={}, headers=KEY)
    assert answer.status_code == 400
    assert answer.json == {"success": False, "error": "Missing file parameter"}


def test_injected_failures_answer_the_next_requests_then_stop(client):
    armed = client.post("/_test/failures", json={"route": "upload", "status": 503, "count": 2, "retry_after": 3})
    assert armed.status_code == 201
    for _ in range(2):
        answer = upload(client, DATASET + "upload/", b"x")
        assert answer.status_code == 503 and answer.headers["Retry-After"] == "3"
    assert client.get(DATASET).status_code == 200
    assert upload(client, DATASET + "upload/", b"x").status_code == 201
    assert client.get("/_test/failures").json == {"failures": []}


def test_a_failure_after_the_request_answers_it_once_it_was_carried_out(client):
    client.post("/_test/failures", json={"route": "upload", "status": 502, "after": True})
    assert upload(client, DATASET + "upload/", b"x").status_code == 502
    assert len(client.get(DATASET).json["resources"]) == 1, "the resource was created all the same"
    assert upload(client, DATASET + "upload/", b"x").status_code == 201


def test_failures_match_by_method_and_path(client):
    client.post("/_test/failures", json={"method": "GET", "path": "/api/1/datasets/*/", "status": 429})
    assert upload(client, DATASET + "upload/", b"x").status_code == 201
    assert client.get(DATASET).status_code == 429
    assert client.get(DATASET).status_code == 200


def test_journal_records_requests_with_their_headers(client):
    upload(client, DATASET + "upload/", b"abc", headers={**KEY, "User-Agent": "rpc-export/test"})
    client.get(DATASET, headers=KEY)
    client.post("/_test/failures", json={"route": "dataset", "status": 500})
    client.get(DATASET)
    entries = client.get("/_test/journal").json["requests"]
    assert [(e["method"], e["route"], e["status"], e["injected"]) for e in entries] == [
        ("POST", "upload", 201, False),
        ("GET", "dataset", 200, False),
        ("GET", "dataset", 500, True),
    ]
    first = entries[0]
    assert first["headers"]["X-API-KEY"] == DEFAULT_API_KEY
    assert first["headers"]["User-Agent"] == "rpc-export/test"
    assert first["headers"]["Content-Type"].startswith("multipart/form-data")
    assert first["file"] == {"name": "2025-01.csv", "size": 3, "sha1": hashlib.sha1(b"abc").hexdigest()}
    assert client.delete("/_test/journal").json == {"requests": []}


def test_reset_forgets_resources_failures_and_journal(client):
    upload(client, DATASET + "upload/", b"x")
    client.post("/_test/failures", json={"status": 500})
    assert client.post("/_test/reset").status_code == 200
    assert client.get("/_test/failures").json == {"failures": []}
    assert client.get(DATASET).json["resources"] == []
    assert [e["status"] for e in client.get("/_test/journal").json["requests"]] == [200]
    client.post("/_test/reset", json={"empty": True})
    assert client.get(DATASET).status_code == 404
