#!/usr/bin/env python3
"""Checks a SigV4 presigned S3 URL the way S3 would, with botocore as the reference signer.

The signature is recomputed from the URL's own X-Amz-Credential, X-Amz-Date and X-Amz-Expires
and the secret key (read from the environment variable PRESIGN_SECRET_ACCESS_KEY, so that it
never shows in a process list), then compared with X-Amz-Signature; the URL must also still be
valid at --at (a Unix time, default now).

Exit status: 0 valid, 1 signature mismatch or malformed URL, 2 expired. One line on stdout
says why.
"""
import argparse
import datetime
import hmac
import os
import sys
from unittest import mock
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

AUTH_PARAMETERS = {
    "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
    "X-Amz-Signature",
}


def expected_signature(url, parameters, secret):
    """The signature botocore computes for the URL without its authentication parameters."""
    access_key, day, region, service, _ = parameters["X-Amz-Credential"].split("/")
    signed_at = datetime.datetime.strptime(parameters["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
    parts = urlsplit(url)
    own_query = [piece for piece in parts.query.split("&") if unquote(piece.split("=", 1)[0]) not in AUTH_PARAMETERS]
    bare_url = urlunsplit(parts._replace(query="&".join(own_query)))
    request = AWSRequest(method="GET", url=bare_url)
    signer = botocore.auth.S3SigV4QueryAuth(
        Credentials(access_key, secret), service, region, expires=int(parameters["X-Amz-Expires"])
    )

    class SigningTime(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return signed_at

        @classmethod
        def now(cls, tz=None):
            return signed_at.replace(tzinfo=tz) if tz else signed_at

    with mock.patch("botocore.auth.datetime.datetime", SigningTime):
        signer.add_auth(request)
    return dict(parse_qsl(urlsplit(request.url).query))["X-Amz-Signature"], signed_at


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("url")
    arguments.add_argument("--at", type=float, default=None, help="Unix time of the check (default: now)")
    options = arguments.parse_args()
    secret = os.environ.get("PRESIGN_SECRET_ACCESS_KEY")
    if not secret:
        print("PRESIGN_SECRET_ACCESS_KEY is not set")
        return 1
    parameters = dict(parse_qsl(urlsplit(options.url).query, keep_blank_values=True))
    missing = sorted(AUTH_PARAMETERS - parameters.keys())
    if missing:
        print("missing query parameters: " + ", ".join(missing))
        return 1
    if parameters["X-Amz-SignedHeaders"] != "host":
        print("signed headers must be host only, got " + parameters["X-Amz-SignedHeaders"])
        return 1
    signature, signed_at = expected_signature(options.url, parameters, secret)
    if not hmac.compare_digest(signature, parameters["X-Amz-Signature"]):
        print(f"signature mismatch: expected {signature}, got {parameters['X-Amz-Signature']}")
        return 1
    expires_at = signed_at.replace(tzinfo=datetime.timezone.utc).timestamp() + int(parameters["X-Amz-Expires"])
    now = options.at if options.at is not None else datetime.datetime.now(datetime.timezone.utc).timestamp()
    if now >= expires_at:
        print(f"expired at {datetime.datetime.fromtimestamp(expires_at, datetime.timezone.utc).isoformat()}")
        return 2
    print(f"valid for {int(expires_at - now)} more seconds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
