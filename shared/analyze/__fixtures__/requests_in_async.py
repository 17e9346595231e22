import requests as http
from fastapi import FastAPI, HTTPException

app = FastAPI()
WEATHER_URL = "https://weather.example.com/v1/current"


@app.get("/weather/{city}")
async def weather(city: str):
    response = http.get(WEATHER_URL, params={"city": city}, timeout=3)
    if response.status_code != 200:
        raise HTTPException(status_code=502, detail="weather service failed")
    return response.json()
