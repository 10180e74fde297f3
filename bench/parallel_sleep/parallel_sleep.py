# A TaskGroup over 100k tasks, each doing `await asyncio.sleep(0)`.
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    return i % 10


async def main():
    ids = list(range(100_000))
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(i)) for i in ids]
    results = [t.result() for t in tasks]
    print(len(results), sum(results))


asyncio.run(main())
