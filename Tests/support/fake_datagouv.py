#!/usr/bin/env python3
"""A local stand-in for the data.gouv.fr API (udata) for the open-data publication tests.

It answers the calls of docs/opendata.md §7 the way udata does:

    GET  /api/1/datasets/<dataset>/                      the dataset and its resources
    POST /api/1/datasets/<dataset>/upload/               multipart `file`: a new resource (201)
    POST /api/1/datasets/<dataset>/resources/<rid>/upload/  multipart `file`: replaces it (200)
    PUT  /api/1/datasets/<dataset>/resources/<rid>/      JSON title/description (200)
    GET  /api/1/datasets/r/<rid>                         redirect to the file
    GET  /resources/<slug>/<stamp>/<file name>           the uploaded bytes

`<dataset>` is the dataset's id or slug. Writes need `X-API-KEY`. Error bodies follow udata:
`{"message": …}`; a missing key gives 401 with werkzeug's Unauthorized text, an unknown key 401
"Invalid API Key", a known key that does not own the dataset 403 with udata's permission message,
an unknown dataset 404 with werkzeug's NotFound text (what udata's model converter answers; assumed
from its source, not observed), an unknown resource 404 "Resource does not exist", a request
without a file 400 `{"success": false, "error": "Missing file parameter"}`. File names are
normalised like udata's (lower case, spaces to dashes) and become the resource's title.

Test controls, under /_test/ (JSON):

    GET    /_test/health                 200 when serving
    POST   /_test/reset                  forget everything, recreate the default dataset
                                         ({"empty": true}: no dataset at all)
    POST   /_test/datasets               {"slug", "title"?, "id"?, "api_key"?} → 201 dataset + api_key
    POST   /_test/keys                   {"api_key"}: a valid key that owns no dataset (for 403)
    POST   /_test/failures               {"status", "count"? (1), "route"? ("dataset", "upload",
                                         "resource_upload", "resource"), "method"?, "path"? (glob),
                                         "retry_after"?, "message"?}: the next `count` matching
                                         requests get that answer before any other check
    GET    /_test/failures               failures still armed; DELETE clears them
    GET    /_test/journal                {"requests": [{method, path, status, injected, headers,
                                         file?}…]} in arrival order; DELETE clears it

Run: fake_datagouv.py --port 8090 [--host 127.0.0.1] [--dataset SLUG] [--dataset-id ID] [--api-key KEY]
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import hashlib
import mimetypes
import os
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from flask import Flask, Response, abort, g, jsonify, redirect, request
from werkzeug.exceptions import HTTPException, NotFound, Unauthorized

DEFAULT_DATASET_SLUG = "trajets-realises-en-covoiturage-registre-de-preuve-de-covoiturage"
DEFAULT_DATASET_ID = "5d6eaffc8b4c417cdc452ac3"
DEFAULT_API_KEY = "test-datagouv-api-key"

MSG_INVALID_KEY = "Invalid API Key"
MSG_FORBIDDEN = "You do not have the permission to modify that object."
MSG_NO_RESOURCE = "Resource does not exist"
MSG_NO_FILE = "Missing file parameter"
JOURNAL_HEADERS = ("X-API-KEY", "Accept", "Content-Type", "Content-Length", "User-Agent")
API_ROUTES = ("dataset", "upload", "resource_upload", "resource", "resource_redirect")


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def normalize_filename(name: str) -> str:
    """udata keeps the base name, lower-cased, with spaces and odd characters turned to dashes."""
    base = os.path.basename(name.replace("\\", "/")).strip().lower()
    base = re.sub(r"\s+", "-", base)
    base = re.sub(r"[^a-z0-9._-]", "-", base)
    return base or "file"


@dataclass
class Dataset:
    id: str
    slug: str
    title: str
    owner_key: str
    created_at: str = field(default_factory=now_iso)
    last_modified: str = field(default_factory=now_iso)
    resources: list[dict[str, Any]] = field(default_factory=list)

    def resource(self, rid: str) -> dict[str, Any] | None:
        return next((r for r in self.resources if r["id"] == rid), None)


@dataclass
class Failure:
    status: int
    count: int = 1
    route: str | None = None
    method: str | None = None
    path: str | None = None
    retry_after: str | None = None
    message: str | None = None

    def matches(self, endpoint: str | None, method: str, path: str) -> bool:
        if self.count <= 0:
            return False
        if self.route and self.route != endpoint:
            return False
        if self.method and self.method.upper() != method:
            return False
        return not self.path or fnmatch.fnmatchcase(path, self.path)


class State:
    """Everything the fake remembers; guarded by one lock (the server is threaded)."""

    def __init__(self, slug: str, dataset_id: str, api_key: str) -> None:
        self.lock = threading.RLock()
        self.default = (slug, dataset_id, api_key)
        self.reset()

    def reset(self, empty: bool = False) -> None:
        with self.lock:
            self.datasets: dict[str, Dataset] = {}
            self.keys: set[str] = set()
            self.failures: list[Failure] = []
            self.journal: list[dict[str, Any]] = []
            self.files: dict[str, bytes] = {}
            if not empty:
                slug, dataset_id, api_key = self.default
                self.add_dataset(slug, dataset_id, api_key, title="Trajets réalisés en covoiturage")

    def add_dataset(self, slug: str, dataset_id: str | None, api_key: str, title: str | None = None) -> Dataset:
        with self.lock:
            dataset = Dataset(id=dataset_id or uuid.uuid4().hex[:24], slug=slug, title=title or slug, owner_key=api_key)
            self.datasets[dataset.id] = dataset
            self.keys.add(api_key)
            return dataset

    def find(self, id_or_slug: str) -> Dataset | None:
        with self.lock:
            found = self.datasets.get(id_or_slug)
            return found or next((d for d in self.datasets.values() if d.slug == id_or_slug), None)


def create_app(
    slug: str = DEFAULT_DATASET_SLUG, dataset_id: str = DEFAULT_DATASET_ID, api_key: str = DEFAULT_API_KEY
) -> Flask:
    app = Flask(__name__)
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    state = State(slug, dataset_id, api_key)
    app.config["STATE"] = state

    def error(status: int, message: str, **extra: Any) -> Response:
        response = jsonify({"message": message, **extra})
        response.status_code = status
        return response

    def dataset_json(dataset: Dataset) -> dict[str, Any]:
        base = request.host_url.rstrip("/")
        return {
            "id": dataset.id,
            "slug": dataset.slug,
            "title": dataset.title,
            "description": "",
            "created_at": dataset.created_at,
            "last_modified": dataset.last_modified,
            "last_update": dataset.last_modified,
            "page": f"{base}/fr/datasets/{dataset.slug}/",
            "uri": f"{base}/api/1/datasets/{dataset.slug}/",
            "private": False,
            "deleted": None,
            "archived": None,
            "resources": copy.deepcopy(dataset.resources),
        }

    def require_owner(dataset: Dataset) -> Response | None:
        key = request.headers.get("X-API-KEY")
        if not key:
            response = error(401, Unauthorized.description)
            response.headers["WWW-Authenticate"] = 'Bearer realm="uData"'
            return response
        if key not in state.keys:
            return error(401, MSG_INVALID_KEY)
        if key != dataset.owner_key:
            return error(403, MSG_FORBIDDEN)
        return None

    def dataset_or_404(id_or_slug: str) -> Dataset:
        dataset = state.find(id_or_slug)
        if dataset is None:
            abort(404)
        return dataset

    def store_upload(dataset: Dataset) -> dict[str, Any] | Response:
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            response = jsonify({"success": False, "error": MSG_NO_FILE})
            response.status_code = 400
            return response
        data = upload.read()
        name = normalize_filename(upload.filename)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
        path = f"/resources/{dataset.slug}/{stamp}/{name}"
        state.files[path] = data
        g.upload = {"name": upload.filename, "size": len(data), "sha1": hashlib.sha1(data).hexdigest()}
        extension = name.rsplit(".", 1)[-1] if "." in name else ""
        return {
            "title": name,
            "url": request.host_url.rstrip("/") + path,
            "filesize": len(data),
            "mime": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "format": extension,
            "checksum": {"type": "sha1", "value": hashlib.sha1(data).hexdigest()},
            "last_modified": now_iso(),
        }

    @app.before_request
    def inject_failure() -> Response | None:
        g.injected = False
        if request.path.startswith("/_test/"):
            return None
        with state.lock:
            failure = next((f for f in state.failures if f.matches(request.endpoint, request.method, request.path)), None)
            if failure is None:
                return None
            failure.count -= 1
            state.failures = [f for f in state.failures if f.count > 0]
        g.injected = True
        response = error(failure.status, failure.message or f"Injected failure {failure.status}")
        if failure.retry_after is not None:
            response.headers["Retry-After"] = str(failure.retry_after)
        return response

    @app.after_request
    def record(response: Response) -> Response:
        if not request.path.startswith("/_test/"):
            entry: dict[str, Any] = {
                "time": now_iso(),
                "method": request.method,
                "path": request.path,
                "query": request.query_string.decode("latin-1"),
                "route": request.endpoint if request.endpoint in API_ROUTES else None,
                "status": response.status_code,
                "injected": bool(g.get("injected")),
                "headers": {h: request.headers[h] for h in JOURNAL_HEADERS if h in request.headers},
            }
            if g.get("upload"):
                entry["file"] = g.upload
            with state.lock:
                state.journal.append(entry)
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        return error(exc.code or 500, exc.description or exc.name)

    @app.get("/api/1/datasets/<dataset>/", endpoint="dataset")
    def get_dataset(dataset: str) -> Response:
        key = request.headers.get("X-API-KEY")
        if key and key not in state.keys:
            return error(401, MSG_INVALID_KEY)
        with state.lock:
            return jsonify(dataset_json(dataset_or_404(dataset)))

    @app.post("/api/1/datasets/<dataset>/upload/", endpoint="upload")
    def upload_new(dataset: str) -> Response:
        with state.lock:
            found = dataset_or_404(dataset)
            denied = require_owner(found)
            if denied is not None:
                return denied
            infos = store_upload(found)
            if isinstance(infos, Response):
                return infos
            resource = {
                "id": str(uuid.uuid4()),
                "description": None,
                "type": "main",
                "filetype": "file",
                "created_at": infos["last_modified"],
                "extras": {},
                **infos,
            }
            resource["latest"] = f"{request.host_url.rstrip('/')}/api/1/datasets/r/{resource['id']}"
            found.resources.insert(0, resource)
            found.last_modified = infos["last_modified"]
            response = jsonify(copy.deepcopy(resource))
            response.status_code = 201
            return response

    @app.post("/api/1/datasets/<dataset>/resources/<uuid:rid>/upload/", endpoint="resource_upload")
    def upload_replace(dataset: str, rid: uuid.UUID) -> Response:
        with state.lock:
            found = dataset_or_404(dataset)
            denied = require_owner(found)
            if denied is not None:
                return denied
            resource = found.resource(str(rid))
            if resource is None:
                return error(404, MSG_NO_RESOURCE)
            infos = store_upload(found)
            if isinstance(infos, Response):
                return infos
            resource.update(infos)
            found.last_modified = infos["last_modified"]
            return jsonify(copy.deepcopy(resource))

    @app.put("/api/1/datasets/<dataset>/resources/<uuid:rid>/", endpoint="resource")
    def update_resource(dataset: str, rid: uuid.UUID) -> Response:
        with state.lock:
            found = dataset_or_404(dataset)
            denied = require_owner(found)
            if denied is not None:
                return denied
            resource = found.resource(str(rid))
            if resource is None:
                return error(404, MSG_NO_RESOURCE)
            if "application/json" not in (request.content_type or ""):
                return error(400, "Validation error", errors={"Content-Type": "expecting application/json"})
            body = request.get_json(silent=True)
            if not isinstance(body, dict):
                return error(400, "Validation error", errors={"body": "expecting a JSON object"})
            problems = {
                name: ["Not a valid string."]
                for name in ("title", "description")
                if name in body and not isinstance(body[name], (str, type(None)))
            }
            if body.get("title") == "" or ("title" in body and body["title"] is None):
                problems["title"] = ["This field is required."]
            if problems:
                return error(400, "Validation error", errors=problems)
            for name in ("title", "description"):
                if name in body:
                    resource[name] = body[name]
            resource["last_modified"] = found.last_modified = now_iso()
            return jsonify(copy.deepcopy(resource))

    @app.get("/api/1/datasets/r/<uuid:rid>", endpoint="resource_redirect")
    def resource_redirect(rid: uuid.UUID) -> Response:
        with state.lock:
            for dataset in state.datasets.values():
                resource = dataset.resource(str(rid))
                if resource is not None:
                    return redirect(resource["url"])
        return error(404, NotFound.description)

    @app.get("/resources/<path:rest>")
    def download(rest: str) -> Response:
        with state.lock:
            data = state.files.get(f"/resources/{rest}")
        if data is None:
            return error(404, NotFound.description)
        mime = mimetypes.guess_type(rest)[0] or "application/octet-stream"
        return Response(data, mimetype=mime)

    @app.get("/_test/health")
    def health() -> Response:
        return jsonify({"status": "ok"})

    @app.post("/_test/reset")
    def reset() -> Response:
        body = request.get_json(silent=True) or {}
        state.reset(empty=bool(body.get("empty")))
        return jsonify({"status": "ok"})

    @app.post("/_test/datasets")
    def add_dataset() -> Response:
        body = request.get_json(silent=True) or {}
        slug = body.get("slug")
        if not isinstance(slug, str) or not slug:
            return error(400, "slug is required")
        key = body.get("api_key") or uuid.uuid4().hex
        with state.lock:
            if state.find(slug) is not None or (body.get("id") and state.find(body["id"]) is not None):
                return error(409, "dataset already exists")
            dataset = state.add_dataset(slug, body.get("id"), key, title=body.get("title"))
            response = jsonify({**dataset_json(dataset), "api_key": key})
        response.status_code = 201
        return response

    @app.post("/_test/keys")
    def add_key() -> Response:
        body = request.get_json(silent=True) or {}
        key = body.get("api_key") or uuid.uuid4().hex
        with state.lock:
            state.keys.add(key)
        response = jsonify({"api_key": key})
        response.status_code = 201
        return response

    @app.route("/_test/failures", methods=["GET", "POST", "DELETE"])
    def failures() -> Response:
        if request.method == "DELETE":
            with state.lock:
                state.failures = []
            return jsonify({"failures": []})
        if request.method == "POST":
            body = request.get_json(silent=True) or {}
            status = body.get("status")
            if not isinstance(status, int) or not 100 <= status <= 599:
                return error(400, "status must be an HTTP status code")
            if body.get("route") is not None and body["route"] not in API_ROUTES:
                return error(400, f"route must be one of {', '.join(API_ROUTES)}")
            retry_after = body.get("retry_after")
            failure = Failure(
                status=status,
                count=int(body.get("count", 1)),
                route=body.get("route"),
                method=body.get("method"),
                path=body.get("path"),
                retry_after=None if retry_after is None else str(retry_after),
                message=body.get("message"),
            )
            with state.lock:
                state.failures.append(failure)
        with state.lock:
            armed = [vars(f).copy() for f in state.failures]
        response = jsonify({"failures": armed})
        response.status_code = 201 if request.method == "POST" else 200
        return response

    @app.route("/_test/journal", methods=["GET", "DELETE"])
    def journal() -> Response:
        with state.lock:
            if request.method == "DELETE":
                state.journal = []
            return jsonify({"requests": copy.deepcopy(state.journal)})

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Local stand-in for the data.gouv.fr API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--dataset", default=DEFAULT_DATASET_SLUG, help="slug of the dataset created at start")
    parser.add_argument("--dataset-id", default=DEFAULT_DATASET_ID, help="id of the dataset created at start")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="API key that owns that dataset")
    args = parser.parse_args()
    app = create_app(args.dataset, args.dataset_id, args.api_key)
    app.run(host=args.host, port=args.port, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
