// An async generator of 10M values summed by `for await`, with cancellation checks on both
// sides as in the Runa program.
'use strict';

async function* numbers(n, signal) {
  for (let i = 0; i < n; i++) {
    signal.throwIfAborted();
    yield i;
  }
}

async function sumAll(n, signal) {
  let total = 0;
  for await (const v of numbers(n, signal)) {
    signal.throwIfAborted();
    total += v;
  }
  return total;
}

sumAll(10_000_000, new AbortController().signal).then((t) => console.log(t));
