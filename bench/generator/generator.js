// An async generator of 10M values summed by `for await`. The Runa program checks for
// cancellation at the generator's loop back-edge, right before its Yield, and at each step of
// the consumer's For each: adjacent points, so this checks once per value, in the producer
// (as the Go baseline does).
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
    total += v;
  }
  return total;
}

sumAll(10_000_000, new AbortController().signal).then((t) => console.log(t));
