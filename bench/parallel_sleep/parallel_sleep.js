// 100k concurrent async calls, each yielding once to the event loop (setImmediate, the
// closest to `sleep 0`) and then checking for cancellation (one abort listener per task
// costs O(n) each in Node: 49 s instead of 0.3 s); on a failure the others are aborted and
// all are waited for (parallel_await semantics).
'use strict';

const { setImmediate: yieldLoop } = require('node:timers/promises');

const pymod = (a, b) => ((a % b) + b) % b;

async function worker(i, signal) {
  await yieldLoop();
  signal.throwIfAborted();
  return pymod(i, 10);
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
  for (let i = 0; i < 100_000; i++) ids.push(i);
  const results = await parallel(ids, worker);
  let total = 0;
  for (const r of results) total += r;
  console.log(results.length, total);
}

main();
