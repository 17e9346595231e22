import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/quotes/{symbol}")
def get_quote(symbol: str):
    # A def route: FastAPI runs it on one of the thread pool's 40 threads.
    r = requests.get(f"https://api.example.com/quotes/{symbol}", timeout=5)
    r.raise_for_status()
    return r.json()
