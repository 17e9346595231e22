"""Orders service on SQLAlchemy 2.0: async sessions, plus a legacy sync engine for reporting."""
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

DATABASE_URL = "postgresql+asyncpg://app:secret@db/orders"
REPORTING_URL = "postgresql+psycopg2://app:secret@replica/orders"

engine = create_async_engine(DATABASE_URL, pool_size=10)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
reporting_engine = create_engine(REPORTING_URL)
ReportingSession = sessionmaker(bind=reporting_engine)


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int]
    total: Mapped[float]


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
app = FastAPI()


@app.get("/orders/{order_id}")
async def get_order(order_id: int, session: SessionDep):
    order = await session.get(Order, order_id)
    if order is None:
        raise HTTPException(404)
    return {"id": order.id, "total": order.total}


@app.get("/customers/{customer_id}/orders")
async def customer_orders(customer_id: int, session: SessionDep):
    result = await session.execute(select(Order).where(Order.customer_id == customer_id).limit(50))
    return [{"id": o.id, "total": o.total} for o in result.scalars()]


@app.post("/orders/{order_id}/refund")
async def refund(order_id: int, session: SessionDep):
    async with session.begin():
        order = await session.get(Order, order_id, with_for_update=True)
        order.total = 0
    return {"refunded": order_id}


@app.get("/reports/revenue")
async def revenue():
    # The reporting replica only has a sync driver: "it's a quick query".
    with ReportingSession() as db:
        total = db.scalar(select(func.sum(Order.total)))
    return {"revenue": total}


@app.get("/reports/daily")
def daily():
    with ReportingSession() as db:
        rows = db.execute(text("SELECT day, sum(total) FROM orders GROUP BY day")).all()
    return [{"day": str(day), "total": total} for day, total in rows]


@app.get("/orders/count")
async def count_orders(session: SessionDep):
    def _count(sync_session: Session) -> int:
        return sync_session.scalar(select(func.count(Order.id)))

    return {"count": await session.run_sync(_count)}


