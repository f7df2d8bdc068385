#!/usr/bin/env python3
"""Prepares the moto S3 server that enforces IAM authentication.

The server is started with INITIAL_NO_AUTH_ACTION_COUNT=4, so exactly the first four AWS actions
go unauthenticated: create an IAM user, create a policy allowing s3:*, attach it, create an access
key. Every later request must be signed with a known key; this script then creates the bucket
with the new key and checks that a wrong secret is refused. It prints shell assignments:
TEST_S3_AUTH_ACCESS_KEY_ID=… TEST_S3_AUTH_SECRET_ACCESS_KEY=… TEST_S3_AUTH_BUCKET=…

Run: s3_auth_setup.py --endpoint http://127.0.0.1:PORT [--bucket auth-bucket]
"""

import argparse
import json
import shlex
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

UNAUTHENTICATED_ACTIONS = 4
REGION = "us-east-1"


def client(service, endpoint, key_id, secret):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--bucket", default="auth-bucket")
    parser.add_argument("--user", default="rpc-export-tests")
    args = parser.parse_args()

    iam = client("iam", args.endpoint, "bootstrap", "bootstrap")
    iam.create_user(UserName=args.user)
    document = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
    policy = iam.create_policy(PolicyName="rpc-export-s3", PolicyDocument=json.dumps(document))
    iam.attach_user_policy(UserName=args.user, PolicyArn=policy["Policy"]["Arn"])
    key = iam.create_access_key(UserName=args.user)["AccessKey"]

    s3 = client("s3", args.endpoint, key["AccessKeyId"], key["SecretAccessKey"])
    s3.create_bucket(Bucket=args.bucket)
    s3.head_bucket(Bucket=args.bucket)
    try:
        client("s3", args.endpoint, key["AccessKeyId"], "wrong-secret").head_bucket(Bucket=args.bucket)
    except ClientError:
        pass
    else:
        print("the S3 server accepted a wrong secret: authentication is not enforced", file=sys.stderr)
        return 1

    print(f"TEST_S3_AUTH_ACCESS_KEY_ID={shlex.quote(key['AccessKeyId'])}")
    print(f"TEST_S3_AUTH_SECRET_ACCESS_KEY={shlex.quote(key['SecretAccessKey'])}")
    print(f"TEST_S3_AUTH_BUCKET={shlex.quote(args.bucket)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
