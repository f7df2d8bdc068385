"""Schemathesis hooks of the contract run (Tests/api/schemathesis.toml): a create or an estimate
whose generated instants are both well formed gets the seeded month instead (the conftest's
SCHEMATHESIS_START_AT and SCHEMATHESIS_END_AT). A period's limits are relative to the day
(docs/validation.md §3), which no JSON Schema states: without this, nearly every generated
period is refused, no create succeeds and the stateful phase cannot follow the create's links.
Malformed instants are left as generated, so the negative cases stay negative."""

import os
import re

import schemathesis

INSTANT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})$")
ORDERS = {("POST", "/v1/exports"), ("POST", "/v1/exports/estimate")}


@schemathesis.hook
def map_body(context, body):
    """The body with the seeded month as its period, when the generated one is well formed."""
    operation = context.operation
    if operation is None or (operation.method.upper(), operation.path) not in ORDERS or not isinstance(body, dict):
        return body
    instants = (body.get("start_at"), body.get("end_at"))
    if all(isinstance(value, str) and INSTANT.match(value) for value in instants):
        body = dict(body, start_at=os.environ["SCHEMATHESIS_START_AT"], end_at=os.environ["SCHEMATHESIS_END_AT"])
    return body
