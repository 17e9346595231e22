import hashlib
import os

from fastapi import FastAPI

app = FastAPI()
ITERATIONS = 310_000


@app.post("/keys")
async def derive_key(passphrase: str):
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, ITERATIONS)
    return {"salt": salt.hex(), "key": key.hex()}


@app.post("/keys/scrypt")
async def derive_scrypt(passphrase: str):
    key = hashlib.scrypt(passphrase.encode(), salt=b"pepper", n=2**14, r=8, p=1)
    return {"key": key.hex()}
