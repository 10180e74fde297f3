# An async generator of 10M values summed by `async for`.
import asyncio


async def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def sum_all(n):
    total = 0
    async for v in numbers(n):
        total += v
    return total


print(asyncio.run(sum_all(10_000_000)))
