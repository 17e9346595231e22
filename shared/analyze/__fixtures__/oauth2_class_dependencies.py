"""OAuth2 password flow with JWTs; class-based dependencies; Security scopes."""
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm, SecurityScopes
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from .db import SessionLocal
from .models import User

SECRET_KEY = "change-me"
ALGORITHM = "HS256"

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token", scopes={"items:read": "Read items"})

app = FastAPI()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


class Paginator:
    def __init__(self, max_limit: int = 100):
        self.max_limit = max_limit

    def __call__(self, skip: int = 0, limit: int = 20) -> dict:
        return {"skip": skip, "limit": min(limit, self.max_limit)}


paginate = Paginator(max_limit=50)


async def get_current_user(
    security_scopes: SecurityScopes,
    token: Annotated[str, Depends(oauth2_scheme)],
    db: Annotated[Session, Depends(get_db)],
) -> User:
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad token")
    user = db.query(User).filter(User.username == payload["sub"]).first()
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)
    for scope in security_scopes.scopes:
        if scope not in payload.get("scopes", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN)
    return user


@app.post("/token")
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Annotated[Session, Depends(get_db)]):
    user = db.query(User).filter(User.username == form.username).first()
    if not user or not pwd_context.verify(form.password, user.hashed_password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Incorrect username or password")
    expire = datetime.now(timezone.utc) + timedelta(minutes=30)
    token = jwt.encode({"sub": user.username, "scopes": form.scopes, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)
    return {"access_token": token, "token_type": "bearer"}


@app.get("/items")
async def items(
    user: Annotated[User, Security(get_current_user, scopes=["items:read"])],
    page: Annotated[dict, Depends(paginate)],
):
    return {"owner": user.username, **page}


@app.post("/register")
def register(username: str, password: str, db: Annotated[Session, Depends(get_db)]):
    user = User(username=username, hashed_password=pwd_context.hash(password))
    db.add(user)
    db.commit()
    return {"id": user.id}
