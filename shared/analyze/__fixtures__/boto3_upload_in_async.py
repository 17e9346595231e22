import aioboto3
import boto3
from fastapi import FastAPI, UploadFile

app = FastAPI()
s3 = boto3.client("s3")


@app.post("/files")
async def upload(file: UploadFile):
    s3.upload_fileobj(file.file, "my-bucket", file.filename)
    return {"key": file.filename}


@app.get("/files/{key}/link")
async def download_link(key: str):
    # Signed on this machine: no request to S3 until the client follows the link.
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "my-bucket", "Key": key}, ExpiresIn=600)
    return {"url": url}


@app.post("/files/async")
async def upload_async(file: UploadFile):
    # The fix the warning above proposes: aioboto3, awaited.
    session = aioboto3.Session()
    async with session.client("s3") as client:
        await client.upload_fileobj(file.file, "my-bucket", file.filename)
    return {"key": file.filename}
