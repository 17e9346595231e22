import time

from fastapi import FastAPI

app = FastAPI()


def walk(node: dict, depth: int = 0):
    time.sleep(0.001)
    for child in node.get("children", []):
        walk(child, depth + 1)


@app.post("/tree")
def tree(node: dict):
    walk(node)
    return {"ok": True}
