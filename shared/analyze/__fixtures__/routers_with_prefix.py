from fastapi import APIRouter, FastAPI

import asyncio

app = FastAPI()
users = APIRouter(prefix="/users", tags=["users"])
admin = APIRouter()


@users.get("/")
async def list_users():
    await asyncio.sleep(0.03)
    return []


@users.get("/{user_id}")
async def get_user(user_id: int):
    await asyncio.sleep(0.01)
    return {"id": user_id}


@admin.delete("/cache")
def clear_cache():
    return {"cleared": True}


app.include_router(users, prefix="/api/v1")
app.include_router(admin, prefix="/admin")
