"""Helpers shared by the API; no routes here."""
import hashlib


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Settings:
    debug = False
