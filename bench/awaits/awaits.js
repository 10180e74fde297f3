// 10M sequential awaits of an async function call; a cancellation check per iteration and
// Python modulo, as in the Runa program.
'use strict';

const pymod = (a, b) => ((a % b) + b) % b;

async function valueOf(i, signal) {
  return pymod(i, 7);
}

async function sumValues(n, signal) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    signal.throwIfAborted();
    const v = await valueOf(i, signal);
    total += v;
  }
  return total;
}

sumValues(10_000_000, new AbortController().signal).then((t) => console.log(t));
