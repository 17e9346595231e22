"""User and organisation service — routers, sync SQLAlchemy sessions, dependency chains."""
from __future__ import annotations

import logging
from functools import lru_cache, cache
from typing import Annotated, Generator

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from .models import Organisation, User
from .settings import Settings

log = logging.getLogger(__name__)

engine = create_engine("postgresql+psycopg2://app:app@db/app", pool_pre_ping=True, pool_size=10)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


@lru_cache
def get_settings() -> Settings:
    return Settings()


def get_db() -> Generator[Session, None, None]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


DbSession = Annotated[Session, Depends(get_db)]


def get_current_user(
    db: DbSession,
    x_user_id: Annotated[int | None, Header()] = None,
) -> User:
    if x_user_id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing X-User-Id")
    user = db.get(User, x_user_id)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown user")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


class UserOut(BaseModel):
    id: int
    email: EmailStr
    name: str


class UserCreate(BaseModel):
    email: EmailStr
    name: str


users = APIRouter(prefix="/users", tags=["users"])
orgs = APIRouter(prefix="/orgs", tags=["orgs"])


@users.get("/", response_model=list[UserOut])
def list_users(
    db: DbSession,
    limit: Annotated[int, Query(le=100)] = 20,
    offset: int = 0,
):
    return db.scalars(select(User).offset(offset).limit(limit)).all()


@users.get("/me", response_model=UserOut)
async def read_me(user: CurrentUser):
    return user


@users.post("/", response_model=UserOut, status_code=201)
async def create_user(payload: UserCreate, db: DbSession):
    # Written async "for performance" — but the session is the sync one.
    user = User(email=payload.email, name=payload.name)
    db.add(user)
    db.commit()
    db.refresh(user)
    log.info("created user %s", user.id)
    return user


@users.get("/{user_id}", response_model=UserOut)
async def get_user(user_id: int, db: Session = Depends(get_db)):
    user = db.query(User).filter(User.id == user_id).first()
    if not user:
        raise HTTPException(404)
    return user


@orgs.get("/{org_id}/members")
def org_members(org_id: int, db: DbSession, user: CurrentUser):
    org = db.execute(select(Organisation).where(Organisation.id == org_id)).scalar_one_or_none()
    if org is None:
        raise HTTPException(404)
    return [m.user for m in org.memberships]


@orgs.get("/feature-flags")
@cache
def feature_flags(settings: Annotated[Settings, Depends(get_settings)]):
    return {"beta": settings.beta_enabled}


api = APIRouter(prefix="/api")
api.include_router(users)
api.include_router(orgs, prefix="/v2")

app = FastAPI(title="Users")
app.include_router(api, prefix="/v1")


@app.get("/healthz")
def healthz():
    return {"ok": True}
