"""Login and sign-up, hashing passwords the way FastAPI's security tutorial used to."""
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
app = FastAPI()
USERS: dict[str, str] = {}


@app.post("/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    hashed = USERS.get(form.username)
    if hashed is None or not pwd_context.verify(form.password, hashed):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    return {"access_token": form.username, "token_type": "bearer"}


@app.post("/signup")
def signup(username: str, password: str):
    USERS[username] = pwd_context.hash(password)
    return {"created": username}
