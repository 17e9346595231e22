from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("postgresql+asyncpg://app@db/shop")
SessionMaker = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


async def get_session():
    async with SessionMaker() as session:
        yield session


@app.get("/orders/{order_id}")
async def get_order(order_id: int, session: AsyncSession = Depends(get_session)):
    result = await session.execute(select(Order).where(Order.id == order_id))
    return result.scalar_one_or_none()


@app.post("/orders")
async def create_order(payload: dict, session: AsyncSession = Depends(get_session)):
    order = Order(**payload)
    session.add(order)
    await session.commit()
    await session.refresh(order)
    return order
