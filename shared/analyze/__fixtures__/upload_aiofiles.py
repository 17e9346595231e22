import aiofiles
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/avatars/{user_id}")
async def upload_avatar(user_id: int, file: UploadFile):
    data = await file.read()
    async with aiofiles.open(f"/srv/avatars/{user_id}.png", "wb") as out:
        await out.write(data)
    return {"stored": True}
