import boto3
from fastapi import FastAPI, UploadFile

app = FastAPI()
s3 = boto3.client("s3")


@app.post("/files")
async def upload(file: UploadFile):
    s3.upload_fileobj(file.file, "my-bucket", file.filename)
    return {"key": file.filename}
