# 1k tasks x 100 increments of a shared counter under an asyncio.Lock.
import asyncio

counter = 0
lock = None


async def bump(i):
    global counter
    for _ in range(100):
        async with lock:
            counter += 1
    return i


async def main():
    global lock
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(bump(i)) for i in range(1000)]
    done = [t.result() for t in tasks]
    print(len(done), counter)


asyncio.run(main())
