from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
auth_client = httpx.AsyncClient(base_url="http://auth.internal")


def verify_api_key(x_api_key: str = Header(...)):
    if x_api_key != "secret":
        raise HTTPException(status_code=403)


async def get_token(authorization: str = Header(...)) -> str:
    return authorization.removeprefix("Bearer ")


async def get_current_user(token: Annotated[str, Depends(get_token)]):
    response = await auth_client.get("/me", headers={"Authorization": f"Bearer {token}"})
    return response.json()


@app.get("/me/orders", dependencies=[Depends(verify_api_key)])
async def my_orders(user: Annotated[dict, Depends(get_current_user)]):
    return {"user": user["id"], "orders": []}
