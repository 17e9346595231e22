from pathlib import Path

from fastapi import FastAPI, File, UploadFile

app = FastAPI()
UPLOADS = Path("/srv/uploads")


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    contents = await file.read()
    destination = UPLOADS / file.filename
    with open(destination, "wb") as out:
        out.write(contents)
    return {"filename": file.filename, "size": len(contents)}
