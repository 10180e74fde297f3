"""job_scheduler.py: job_scheduler.runa written for CPython asyncio, for comparison.

The same jobs, locks, time limits and cancellations, with the same output. Runa's builtins are
written out with the standard library: await_with_timeout is asyncio.wait_for, a CancelToken is an
asyncio.Event, await_cancellable races the operation against the token (giving up at once, as
Runa does), and parallel_await cancels the other tasks when one fails and waits for them before it
raises the failure (asyncio.gather alone would leave them running). Runa errors are RunaError; a task
cancelled by the scheduler gets asyncio.CancelledError, which `except RunaError` does not catch,
as Runa's Catch does not catch the cancellation of its own task.

    python3 examples/job_scheduler/job_scheduler.py
"""
import asyncio
from dataclasses import dataclass


class RunaError(Exception):
    """A Runa error value: error.kind and error.message."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind, self.message = kind, message


@dataclass
class Job:
    name: str
    resource: str
    seconds: float
    limit: float
    fails: bool
    critical: bool
    status: str = "pending"
    cleaned_up: bool = False


# Runa's async_lock: one lock per name.
locks = {}


def async_lock(name):
    if name not in locks:
        locks[name] = asyncio.Lock()
    return locks[name]


async def await_with_timeout(operation, timeout_seconds):
    try:
        return await asyncio.wait_for(operation, timeout_seconds)
    except asyncio.TimeoutError:
        raise RunaError("timeout", f"operation timed out after {timeout_seconds} seconds") from None


async def await_cancellable(operation, token):
    """The operation's result, or a kind "cancelled" error as soon as token is cancelled."""
    if token.is_set():
        operation.close()
        raise RunaError("cancelled", "operation was cancelled")
    task = asyncio.ensure_future(operation)
    cancelled = asyncio.ensure_future(token.wait())
    try:
        await asyncio.wait([task, cancelled], return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        # The caller is cancelled: so is the operation, and it is waited for.
        task.cancel()
        cancelled.cancel()
        await asyncio.gather(task, return_exceptions=True)
        raise
    if task.done():
        cancelled.cancel()
        return task.result()
    task.cancel()
    raise RunaError("cancelled", "operation was cancelled")


async def parallel_await(operations):
    """Every result in input order. The first failure cancels the other tasks at once, from the
    failing task (as Runa's parallel_await does); it is raised when every task has finished."""
    tasks, failures = [], []

    async def guarded(operation):
        try:
            return await operation
        except Exception as error:
            if not failures:
                for t in tasks:
                    if t is not asyncio.current_task():
                        t.cancel()
            failures.append(error)
            raise

    tasks.extend(asyncio.ensure_future(guarded(op)) for op in operations)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    if failures:
        raise failures[0]
    return results


def job(name, resource, seconds, limit, fails, critical):
    return Job(name, resource, seconds, limit, fails, critical)


async def work(job):
    """Placeholder for a job's real work; its finally block is its cleanup."""
    try:
        await asyncio.sleep(job.seconds)
        if job.fails:
            raise RunaError("error", job.name + ": disk full")
        return job.name + " ok"
    finally:
        job.cleaned_up = True


async def run_limited(job, token):
    """Run the work with the job's time limit, and stop when its token is cancelled."""
    job.status = "running"
    print("start", job.name)
    result = await await_cancellable(await_with_timeout(work(job), job.limit), token)
    job.status = "done"
    print("done", job.name)
    return result


async def run_job(job, token):
    """Take the job's resource lock (if any), run it, record how it ended."""
    try:
        if job.resource == "":
            await run_limited(job, token)
        else:
            job.status = "waiting"
            async with async_lock(job.resource):
                await run_limited(job, token)
    except RunaError as error:
        if error.kind == "timeout":
            job.status = "timed out"
        elif error.kind == "cancelled":
            job.status = "cancelled by user"
        else:
            job.status = "failed: " + error.message
        print("stop", job.name, "-", job.status)
        if job.critical:
            raise RunaError("error", "critical job " + job.name + " failed") from None
    finally:
        # Only a job cancelled by the scheduler (because a critical job failed) ends here while it
        # is still waiting or running.
        if job.status == "waiting" or job.status == "running":
            job.status = "cancelled by the scheduler"


async def cancel_later(token, seconds):
    """Cancel a token after a delay, as a user pressing "stop" would."""
    await asyncio.sleep(seconds)
    print("user cancels export-csv")
    token.set()


async def main():
    jobs = [
        job("resize-images", "", 0.1, 2, False, False),
        job("backup-db", "database", 0.3, 2, False, False),
        job("send-newsletter", "mail", 10, 0.4, False, False),
        job("export-csv", "", 10, 20, False, False),
        job("migrate-db", "database", 0.2, 2, False, False),
        job("archive-logs", "mail", 0.16, 2, False, False),
        job("rebuild-index", "database", 0.2, 2, True, True),
        job("cleanup-tmp", "database", 0.2, 2, False, False),
        job("generate-report", "", 10, 20, False, False),
    ]

    # One token per job, so that a user can cancel any one of them.
    tokens = {j.name: asyncio.Event() for j in jobs}
    user = asyncio.ensure_future(cancel_later(tokens["export-csv"], 0.2))

    try:
        await parallel_await(run_job(j, tokens[j.name]) for j in jobs)
        print("every job finished")
    except RunaError as error:
        print("schedule stopped:", error.message)
    await user

    print("-- summary --")
    for j in jobs:
        print(j.name, "|", j.status, "| cleaned up:", "true" if j.cleaned_up else "false")


asyncio.run(main())
