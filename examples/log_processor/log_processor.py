"""log_processor.py: log_processor.runa written for CPython asyncio, for comparison.

Same files, same pipeline of async generators, same output. Python does not close an async
generator when the loop that reads it stops early; Runa does, so every loop here is wrapped in
contextlib.aclosing to get Runa's semantics.

    python3 examples/log_processor/log_processor.py
"""
import asyncio
import json
from contextlib import aclosing, asynccontextmanager

FILE_COUNT = 4
LINES_PER_FILE = 9000
SERVICES = ["api", "auth", "billing", "search"]
LEVELS = ["INFO"] * 6 + ["WARN", "WARN", "ERROR", "DEBUG"]
PATHS = ["GET /users", "GET /orders", "POST /orders", "GET /search", "POST /login"]

seed = 20261202


def next_random(limit):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return int(seed / 65536) % limit


def pick(items):
    return items[next_random(len(items))]


def log_line(sequence):
    level = pick(LEVELS)
    if sequence == 31234:
        level = "FATAL"
    entry = {"seq": sequence, "level": level, "service": pick(SERVICES)}
    entry["latency_ms"] = next_random(200) + next_random(5) * next_random(400)
    entry["message"] = pick(PATHS) + "/" + str(next_random(1000))
    return json.dumps(entry)


async def write_file(path, content):
    await asyncio.to_thread(lambda: open(path, "w").write(content))


async def read_file(path):
    return await asyncio.to_thread(lambda: open(path).read())


async def write_logs():
    sequence = 0
    total = 0
    for part in range(1, FILE_COUNT + 1):
        lines = []
        while len(lines) < LINES_PER_FILE:
            sequence += 1
            lines.append(log_line(sequence))
        content = "\n".join(lines) + "\n"
        await write_file(f"app-{part}.log", content)
        total += len(content)
    return total


async def log_files():
    for part in range(1, FILE_COUNT + 1):
        yield f"app-{part}.log"


@asynccontextmanager
async def open_log(path):
    content = await read_file(path)
    print("  opened", path)
    try:
        yield content
    finally:
        print("  closed", path)


async def lines_of(path):
    async with open_log(path) as content:
        for line in content.split("\n"):
            if line:
                yield line


async def all_lines():
    async with aclosing(log_files()) as paths:
        async for path in paths:
            async with aclosing(lines_of(path)) as lines:
                async for line in lines:
                    yield line


async def records(lines):
    async with aclosing(lines) as source:
        async for line in source:
            yield json.loads(line)


async def only_levels(source, wanted):
    async with aclosing(source) as records_:
        async for record in records_:
            if record["level"] in wanted:
                yield record


async def main():
    print("wrote", await write_logs(), "characters of logs")
    print("pass 1: statistics")
    by_level, by_service = {}, {}
    count = total_latency = 0
    slowest = None
    async with aclosing(records(all_lines())) as source:
        async for record in source:
            count += 1
            total_latency += record["latency_ms"]
            by_level[record["level"]] = by_level.get(record["level"], 0) + 1
            if record["level"] == "ERROR":
                by_service[record["service"]] = by_service.get(record["service"], 0) + 1
            if slowest is None or record["latency_ms"] > slowest["latency_ms"]:
                slowest = record
    print("records:", count)
    print("levels:", json.dumps(by_level))
    print("errors by service:", json.dumps(by_service))
    print("average latency (ms):", total_latency / count)
    print("slowest:", json.dumps(slowest))

    print("pass 2: errors until the first FATAL record")
    errors = 0
    async with aclosing(only_levels(records(all_lines()), ["ERROR", "FATAL"])) as source:
        async for record in source:
            if record["level"] == "FATAL":
                print("FATAL at line", record["seq"], "after", errors, "errors:", record["message"])
                break
            errors += 1
    print("done")


asyncio.run(main())
