"""The classic SQL tutorial layout: a session per request, def routes, crud helpers."""
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from .models import Item, User

engine = create_engine("postgresql://app@db/shop", pool_pre_ping=True)
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)

app = FastAPI()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_user(db: Session, user_id: int):
    return db.query(User).filter(User.id == user_id).first()


def create_item(db: Session, title: str, owner_id: int):
    item = Item(title=title, owner_id=owner_id)
    db.add(item)
    db.commit()
    db.refresh(item)
    return item


@app.get("/users/{user_id}")
def read_user(user_id: int, db: Session = Depends(get_db)):
    user = get_user(db, user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="User not found")
    return user


@app.post("/users/{user_id}/items")
def add_item(user_id: int, title: str, db: Session = Depends(get_db)):
    return create_item(db, title, user_id)
