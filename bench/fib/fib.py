# fib(32) by plain recursion (CPython's own recursion limit is its guard).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(32))
