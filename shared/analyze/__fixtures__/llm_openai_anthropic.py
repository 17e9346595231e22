"""A chat backend in front of OpenAI and Anthropic: the sync client in async routes is the classic slip."""
import os
from typing import Annotated

from anthropic import AsyncAnthropic
from fastapi import Depends, FastAPI
from fastapi.responses import StreamingResponse
from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel

app = FastAPI()
client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
aclient = AsyncOpenAI()
claude = AsyncAnthropic()

MODEL = "gpt-4o-mini"


class Ask(BaseModel):
    question: str


def get_client() -> OpenAI:
    return client


@app.post("/ask")
async def ask(body: Ask):
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": completion.choices[0].message.content}


@app.post("/ask-async")
async def ask_async(body: Ask):
    completion = await aclient.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": body.question}])
    return {"answer": completion.choices[0].message.content}


@app.post("/ask-claude")
async def ask_claude(body: Ask):
    message = await claude.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": body.question}])
    return {"answer": message.content[0].text}


@app.post("/embed")
def embed(body: Ask, llm: Annotated[OpenAI, Depends(get_client)]):
    result = llm.embeddings.create(model="text-embedding-3-small", input=body.question)
    return {"dims": len(result.data[0].embedding)}


def token_stream(question: str):
    stream = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": question}], stream=True)
    for chunk in stream:
        yield chunk.choices[0].delta.content or ""


@app.post("/ask-stream")
async def ask_stream(body: Ask):
    return StreamingResponse(token_stream(body.question), media_type="text/plain")
