// 1k concurrent async calls x 100 increments of a shared counter under a FIFO async lock
// (free: taken at once; held: queue), cancellation checked per iteration.
'use strict';

class Lock {
  constructor() {
    this.held = false;
    this.waiters = [];
  }
  acquire() {
    if (!this.held) {
      this.held = true;
      return undefined;
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  release() {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}

let counter = 0;
const lock = new Lock();

async function bump(id, signal) {
  for (let k = 0; k < 100; k++) {
    signal.throwIfAborted();
    const p = lock.acquire();
    if (p) await p;
    try {
      counter += 1;
    } finally {
      lock.release();
    }
  }
  return id;
}

async function parallel(items, f) {
  const ac = new AbortController();
  let first;
  const ps = items.map((x) =>
    f(x, ac.signal).catch((e) => {
      if (first === undefined) {
        first = e;
        ac.abort();
      }
      throw e;
    }));
  const settled = await Promise.allSettled(ps);
  if (first !== undefined) throw first;
  return settled.map((s) => s.value);
}

async function main() {
  const ids = [];
  for (let i = 0; i < 1000; i++) ids.push(i);
  const done = await parallel(ids, bump);
  console.log(done.length, counter);
}

main();
