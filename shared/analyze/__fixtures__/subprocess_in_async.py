import asyncio
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/thumbnails/{name}")
async def thumbnail(name: str):
    subprocess.run(["convert", f"/srv/img/{name}", "-resize", "128x128", f"/srv/thumbs/{name}"], check=True)
    return {"ok": True}


@app.post("/thumbnails-async/{name}")
async def thumbnail_async(name: str):
    process = await asyncio.create_subprocess_exec("convert", f"/srv/img/{name}", "-resize", "128x128", f"/srv/thumbs/{name}")
    await process.wait()
    return {"ok": True}
