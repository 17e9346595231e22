"""Weather gateway: an httpx client shared through a dependency, written sync in one place."""
from collections.abc import Iterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI

app = FastAPI()
UPSTREAM = "https://api.weather.example/v2"


def get_http() -> Iterator[httpx.Client]:
    with httpx.Client(base_url=UPSTREAM, timeout=5.0) as client:
        yield client


async def get_async_http():
    async with httpx.AsyncClient(base_url=UPSTREAM, timeout=5.0) as client:
        yield client


Http = Annotated[httpx.Client, Depends(get_http)]
AsyncHttp = Annotated[httpx.AsyncClient, Depends(get_async_http)]


class WeatherService:
    def __init__(self, http: Http):
        self.http = http

    def current(self, city: str) -> dict:
        return self.http.get("/current", params={"q": city}).json()


@app.get("/weather/{city}")
async def weather(city: str, http: Http):
    response = http.get("/current", params={"q": city})
    response.raise_for_status()
    return response.json()


@app.get("/forecast/{city}")
async def forecast(city: str, http: AsyncHttp):
    response = await http.get("/forecast", params={"q": city, "days": 3})
    return response.json()


@app.get("/v2/weather/{city}")
async def weather_v2(city: str, service: Annotated[WeatherService, Depends()]):
    return service.current(city)


@app.get("/sync/weather/{city}")
def weather_sync(city: str, http: Http):
    return http.get("/current", params={"q": city}).json()
