# 10M sequential awaits of a coroutine call.
import asyncio


async def value_of(i):
    return i % 7


async def sum_values(n):
    total = 0
    i = 0
    while i < n:
        v = await value_of(i)
        total += v
        i += 1
    return total


print(asyncio.run(sum_values(10_000_000)))
