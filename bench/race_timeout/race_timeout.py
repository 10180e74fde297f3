# race over 1000 tasks, then 10k asyncio.wait_for calls (1 s deadline), half expiring.
import asyncio


async def contender(i):
    await asyncio.sleep(0.005 if i == 777 else 5.0)
    return i


async def op(i):
    await asyncio.sleep(0.001 if i % 2 == 0 else 5.0)
    return 1


async def race(coros):
    tasks = [asyncio.create_task(c) for c in coros]
    pending = set(tasks)
    errors = []
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for t in tasks:
                if t in done and not t.cancelled() and t.exception() is None:
                    return t.result()
            errors.extend(t.exception() for t in done)
        raise ExceptionGroup("all tasks failed", errors)
    finally:
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def guarded(i):
    try:
        return await asyncio.wait_for(op(i), 1.0)
    except TimeoutError:
        return 1000
    except Exception:
        return 1000000


async def main():
    winner = await race(contender(i) for i in range(1000))
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(guarded(i)) for i in range(10000)]
    print(winner, sum(t.result() for t in tasks))


asyncio.run(main())
