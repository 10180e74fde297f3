"""crawler.py: crawler.runa written for CPython asyncio, for comparison.

The same crawl of the example API's /site/ with the same settings, the same shared state and the
same output. Standard library only: http_get is a minimal HTTP/1.0 GET over asyncio streams (so
that a request given up at its deadline is cancelled at once, as in Runa), await_with_timeout is
asyncio.wait_for, the rate limit is an asyncio.Lock held for one interval, and parallel_await is
asyncio.gather. Runa errors (kind and message) are RunaError; the texts of connection failures are
Python's, the rest are Runa's.

Needs the example API: `go run ./examples/server`, then
    API_URL=http://127.0.0.1:8080 python3 examples/crawler/crawler.py
"""
import asyncio
import json
import os
import sys
import urllib.parse

# Settings.
WORKER_COUNT = 4
REQUESTS_PER_SECOND = 25
REQUEST_TIMEOUT = 0.3
MAX_ATTEMPTS = 3
BACKOFF_SECONDS = 0.02


class RunaError(Exception):
    """A Runa error value: error.kind and error.message."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind, self.message = kind, message


class Response:
    def __init__(self, status_code, body):
        self.status_code, self.body = status_code, body


def api_url():
    url = os.environ.get("API_URL")
    if url is None:
        raise RunaError("error", "API_URL is not set: start the example API with `go run ./examples/server` "
                        "and run this program with API_URL=http://127.0.0.1:8080")
    return url


async def http_get(url):
    """GET url and read the whole response; a transport failure is a kind "http" error."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        try:
            writer.write(f"GET {path} HTTP/1.0\r\nHost: {parts.netloc}\r\n\r\n".encode())
            await writer.drain()
            data = await reader.read()
        finally:
            writer.close()
        head, _, body = data.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
    except (OSError, ValueError, IndexError) as e:
        raise RunaError("http", f"GET {url}: {e}") from None
    return Response(status, body.decode())


def page_report(path):
    return {"path": path, "status": 0, "title": "", "words": 0, "links": 0,
            "attempts": MAX_ATTEMPTS, "problem": ""}


# The shared state of the crawl. Tasks take turns (one runs at a time and only switches at an
# await), so workers can share these without a lock.
base = ""
queue = ["/site/"]
next_index = 0
busy_workers = 0
seen = {"/site/": True}
reports = []
requests = 0
rate_limit = None  # the asyncio.Lock of the rate limit, made inside the event loop


async def wait_for_slot():
    """Whoever holds the lock owns the next request slot and keeps it for one interval."""
    global requests
    async with rate_limit:
        requests += 1
        await asyncio.sleep(1 / REQUESTS_PER_SECOND)


async def fetch_with_retries(url):
    """GET one page with a deadline and retries."""
    attempt = 0
    problem = ""
    while attempt < MAX_ATTEMPTS:
        attempt += 1
        await wait_for_slot()
        try:
            try:
                response = await asyncio.wait_for(http_get(url), REQUEST_TIMEOUT)
            except asyncio.TimeoutError:
                raise RunaError("timeout", f"operation timed out after {REQUEST_TIMEOUT} seconds") from None
            if response.status_code != 503:
                return {"response": response, "attempts": attempt}
            problem = "server busy (503)"
        except RunaError as error:
            problem = error.kind + " error: " + error.message
        if attempt < MAX_ATTEMPTS:
            await asyncio.sleep(BACKOFF_SECONDS * attempt)
    raise RunaError("error", f"gave up after {attempt} attempts: {problem}")


async def crawl(path):
    """Crawl one page: fetch it, record what it says, queue its new links."""
    report = page_report(path)
    try:
        fetched = await fetch_with_retries(base + path)
        response = fetched["response"]
        report["attempts"] = fetched["attempts"]
        report["status"] = response.status_code
        if response.status_code == 200:
            page = json.loads(response.body)
            report["title"] = page["title"]
            report["words"] = page["words"]
            report["links"] = len(page["links"])
            for link in page["links"]:
                if link not in seen:
                    seen[link] = True
                    queue.append(link)
        else:
            report["problem"] = response.body
    except RunaError as error:
        report["problem"] = error.message
    reports.append(report)


async def worker(id):
    """Take the next page from the queue until it is empty and no other worker can add to it."""
    global next_index, busy_workers
    crawled = 0
    while True:
        if next_index < len(queue):
            path = queue[next_index]
            next_index += 1
            busy_workers += 1
            await crawl(path)
            busy_workers -= 1
            crawled += 1
        elif busy_workers == 0:
            return crawled
        else:
            # Another worker may still find links: look again shortly.
            await asyncio.sleep(0.005)


def sorted_by_path(items):
    """Sort the reports by path (insertion sort, as crawler.runa does)."""
    result = []
    for item in items:
        placed = []
        inserted = False
        for other in result:
            if not inserted and item["path"] < other["path"]:
                placed.append(item)
                inserted = True
            placed.append(other)
        if not inserted:
            placed.append(item)
        result = placed
    return result


async def main():
    global base, rate_limit
    base = api_url()
    rate_limit = asyncio.Lock()
    per_worker = await asyncio.gather(*(worker(id) for id in [1, 2, 3, 4]))
    total = sum(per_worker)

    print("crawled", total, "pages with", WORKER_COUNT, "workers in", requests, "requests")
    words = 0
    failed = 0
    for report in sorted_by_path(reports):
        if report["problem"] == "":
            print(report["path"], report["status"], report["title"],
                  f"({report['words']} words, {report['links']} links, {report['attempts']} attempts)")
            words += report["words"]
        else:
            print(report["path"], report["status"], "FAILED after", report["attempts"], "attempts:",
                  report["problem"])
            failed += 1
    print("words on the site:", words)
    print("pages that failed:", failed)


try:
    asyncio.run(main())
except RunaError as e:
    print("error:", e.message, file=sys.stderr)
    sys.exit(1)
