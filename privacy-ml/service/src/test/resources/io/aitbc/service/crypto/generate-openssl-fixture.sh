#!/bin/sh
# Writes the OpenSSL X25519 key fixtures read by X25519KeyTest (OpenSSL 3.x).
set -e
cd "$(dirname "$0")"
openssl genpkey -algorithm X25519 -out openssl-x25519.pem
openssl pkey -in openssl-x25519.pem -pubout -out openssl-x25519.pub.pem
openssl pkey -in openssl-x25519.pem -noout -text > openssl-x25519.txt
