from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

app = FastAPI()
mongo = MongoClient("mongodb://db:27017")
motor = AsyncIOMotorClient("mongodb://db:27017")


@app.get("/articles/{slug}")
def article(slug: str):
    return mongo.blog.articles.find_one({"slug": slug})


@app.get("/comments/{slug}")
async def comments(slug: str):
    return await motor.blog.comments.count_documents({"slug": slug})
