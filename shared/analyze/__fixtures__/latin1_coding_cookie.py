# -*- coding: latin-1 -*-
"""Café menu service © 2019 Müller GmbH"""
import time
from fastapi import FastAPI

app = FastAPI()

MENU = ["crème brûlée", "café au lait"]


@app.get("/menu")
async def menu():
    time.sleep(0.05)
    return {"items": MENU}
