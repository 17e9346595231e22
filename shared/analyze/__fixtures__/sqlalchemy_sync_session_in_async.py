from typing import Annotated

from fastapi import Depends, FastAPI
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql://app@db/shop")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def list_products(session: Session, limit: int):
    return session.execute(select(Product).limit(limit)).scalars().all()


@app.get("/products")
async def products(session: Annotated[Session, Depends(get_session)], limit: int = 20):
    # async def, but every query below is a blocking call on the event loop
    rows = list_products(session, limit)
    total = session.scalar(select(func.count()).select_from(Product))
    return {"items": rows, "total": total}


@app.get("/products/cheap")
async def cheap_products(session: Annotated[Session, Depends(get_session)]):
    # One query: the rows come back with execute(); scalars().all() only reads them.
    result = session.execute(select(Product).where(Product.price < 10))
    products = result.scalars().all()
    return {"items": products}
