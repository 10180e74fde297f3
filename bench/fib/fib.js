// fib(32) by plain recursion.
'use strict';

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

console.log(fib(32));
