// race over 1000 async calls (first success wins, losers aborted and awaited), then 10k
// calls under a 1 s timeout that gives up at the deadline and aborts the operation.
'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

const pymod = (a, b) => ((a % b) + b) % b;

async function contender(i, signal) {
  await sleep(i === 777 ? 5 : 5000, undefined, { signal });
  return i;
}

async function op(i, signal) {
  await sleep(pymod(i, 2) === 0 ? 1 : 5000, undefined, { signal });
  return 1;
}

async function race(items, f) {
  const acs = items.map(() => new AbortController());
  const ps = items.map((x, k) => f(x, acs[k].signal));
  try {
    return await Promise.any(ps);
  } finally {
    for (const ac of acs) ac.abort();
    await Promise.allSettled(ps);
  }
}

class TimeoutError extends Error {}

const pending = new Set();

function withTimeout(ms, f) {
  const ac = new AbortController();
  const p = f(ac.signal);
  pending.add(p);
  p.then(() => pending.delete(p), () => pending.delete(p));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ac.abort();
      reject(new TimeoutError('timeout'));
    }, ms);
    p.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e) => { clearTimeout(timer); reject(e); });
  });
}

async function guarded(i) {
  try {
    return await withTimeout(1000, (signal) => op(i, signal));
  } catch (e) {
    return e instanceof TimeoutError ? 1000 : 1000000;
  }
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
  const winner = await race(ids, contender);
  const more = [];
  for (let i = 0; i < 10000; i++) more.push(i);
  const outcomes = await parallel(more, guarded);
  let total = 0;
  for (const r of outcomes) total += r;
  await Promise.allSettled([...pending]);
  console.log(winner, total);
}

main();
