import shutil

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/documents")
def store_document(upload: UploadFile):
    # def: the copy blocks a pool thread, not the event loop
    with open(f"/srv/docs/{upload.filename}", "wb") as buffer:
        shutil.copyfileobj(upload.file, buffer)
    return {"filename": upload.filename}
