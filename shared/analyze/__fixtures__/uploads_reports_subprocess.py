"""Uploads, exports and report generation."""
import asyncio
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import aiofiles
import pandas as pd
from fastapi import FastAPI, File, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
UPLOAD_DIR = Path("/srv/uploads")


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    dest = UPLOAD_DIR / file.filename
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await file.read(1024 * 1024):
            await out.write(chunk)
    return {"stored": str(dest)}


@app.post("/upload-sync")
async def upload_sync(file: UploadFile):
    dest = UPLOAD_DIR / file.filename
    with dest.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    size = os.path.getsize(dest)
    return {"bytes": size}


@app.get("/reports/{name}.pdf")
async def report_pdf(name: str):
    html = UPLOAD_DIR / f"{name}.html"
    pdf = Path(tempfile.mkdtemp()) / f"{name}.pdf"
    subprocess.run(["wkhtmltopdf", str(html), str(pdf)], check=True, timeout=30)
    return FileResponse(pdf)


@app.get("/reports/{name}.xlsx")
async def report_xlsx(name: str):
    df = pd.read_csv(UPLOAD_DIR / f"{name}.csv")
    summary = df.groupby("region").sum()
    out = UPLOAD_DIR / f"{name}.xlsx"
    summary.to_excel(out)
    return FileResponse(out)


@app.get("/archive")
def archive():
    out = UPLOAD_DIR / "all.zip"
    with zipfile.ZipFile(out, "w") as z:
        for p in UPLOAD_DIR.glob("*.csv"):
            z.write(p, p.name)
    return FileResponse(out)


@app.post("/convert")
async def convert(name: str):
    proc = await asyncio.create_subprocess_exec("convert", name, name + ".png")
    await proc.wait()
    return {"ok": proc.returncode == 0}
