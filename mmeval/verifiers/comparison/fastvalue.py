"""Values of `fastmath` trees: complex floats at given points (principal branches, as sympy's `N()`
gives) and exact Fractions for rational arithmetic under a size cap. Every step is bounded: an overflow
is an error, a near-zero divisor is a pole, a power's exact result is refused beyond `MAX_EXACT_BITS`."""

from __future__ import annotations

import cmath
import math
from fractions import Fraction

__all__ = ["Undefined", "evaluate", "exact_value", "free_symbols"]

Node = tuple
MAX_EXACT_BITS = 4000


class Undefined(ArithmeticError):
    """The expression has no finite value here (division by zero, overflow, a pole, a domain error)."""


class _Fail(Exception):
    """Not exactly rational (or too large to be computed exactly)."""


def free_symbols(node: Node) -> set[str]:
    if node[0] == "sym":
        return {node[1]}
    if node[0] in ("num", "const"):
        return set()
    out: set[str] = set()
    for child in node[1:]:
        if isinstance(child, tuple):
            out |= free_symbols(child)
    return out


def _z(v: complex) -> complex:
    """No negative zeros: `cmath` puts `-1 - 0j` on the other side of a branch cut than sympy's `-1`."""
    return complex(v.real + 0.0, v.imag + 0.0)


_TINY = 1e-10


def _nonzero(v: complex) -> complex:
    """A divisor: values this close to 0 are taken as 0 (a pole), since `\\sin\\pi` is 1.2e-16 in floats
    and dividing by it would make any shift of the answer invisible."""
    if abs(v) < _TINY:
        raise Undefined("division by (nearly) zero")
    return v


def _pow(b: complex, e: complex) -> complex:
    b = _z(b)
    if e.real < 0 and abs(b) < _TINY:
        raise Undefined("(nearly) zero to a negative power")
    if e.imag == 0 and b.imag == 0 and float(e.real).is_integer() and abs(e.real) <= 4096:
        if b.real == 0 and e.real < 0:
            raise Undefined("zero to a negative power")
        return complex(b.real ** int(e.real))
    if b == 0:
        if e.real > 0:
            return 0j
        raise Undefined("zero to a non-positive power")
    return cmath.exp(e * cmath.log(b))  # the principal value, as sympy's N() gives


_FN = {
    "sin": cmath.sin, "cos": cmath.cos, "tan": cmath.tan, "arcsin": cmath.asin, "arccos": cmath.acos,
    "arctan": cmath.atan, "sinh": cmath.sinh, "cosh": cmath.cosh, "tanh": cmath.tanh,
    "cot": lambda z: 1 / _nonzero(cmath.tan(z)), "sec": lambda z: 1 / _nonzero(cmath.cos(z)),
    "csc": lambda z: 1 / _nonzero(cmath.sin(z)),
    "exp": cmath.exp,
}  # fmt: skip


def evaluate(node: Node, env: dict[str, complex]) -> complex:
    """The value of the tree with symbols bound by `env` (complex floats, principal branches).
    Raises Undefined where there is no finite value."""
    try:
        value = _eval(node, env)
    except OverflowError:
        raise Undefined("overflow") from None
    except (ZeroDivisionError, ValueError) as exc:
        raise Undefined(str(exc)) from None
    if cmath.isnan(value) or cmath.isinf(value) or abs(value) > 1e100:
        raise Undefined("not finite")
    return value


def _eval(node: Node, env: dict[str, complex]) -> complex:  # noqa: PLR0911 - one branch per node kind
    op = node[0]
    if op == "num":
        return complex(node[1])
    if op == "sym":
        return env[node[1]]
    if op == "const":
        if node[1] == "inf":
            raise Undefined("infinity")
        return complex(math.pi if node[1] == "pi" else math.e)
    if op == "add":
        return sum((_eval(c, env) for c in node[1:]), 0j)
    if op == "neg":
        return -_eval(node[1], env)
    if op == "mul":
        return _eval(node[1], env) * _eval(node[2], env)
    if op == "div":
        return _eval(node[1], env) / _nonzero(_eval(node[2], env))
    if op == "pow":
        return _pow(_eval(node[1], env), _eval(node[2], env))
    if op == "root":
        return _pow(_eval(node[1], env), 1 / _eval(node[2], env))
    if op == "abs":
        return complex(abs(_eval(node[1], env)))
    if op == "fact":
        v = _eval(node[1], env)  # x! = gamma(x + 1) for real x, as sympy evaluates it
        if v.imag or v.real > 170 or (v.real < 0 and float(v.real).is_integer()):
            raise Undefined("factorial outside its domain")
        return complex(math.gamma(v.real + 1))
    if op == "log":
        return cmath.log(_z(_eval(node[1], env))) / _nonzero(cmath.log(_z(_eval(node[2], env))))
    if op == "fn":
        arg = _z(_eval(node[2], env))
        if node[1] == "exp" and arg.real > 700:
            raise Undefined("overflow")
        return _FN[node[1]](arg)
    raise Undefined(f"unknown node {op}")


def exact_value(node: Node) -> Fraction | None:
    """The exact rational value of a constant tree built from numbers with + - * / and integer powers
    (sizes capped), else None."""
    try:
        return _exact(node)
    except (ZeroDivisionError, _Fail):
        return None


def _exact(node: Node) -> Fraction:
    op = node[0]
    if op == "num":
        return node[1]
    if op == "neg":
        return -_exact(node[1])
    if op == "add":
        return sum((_exact(c) for c in node[1:]), Fraction(0))
    if op == "mul":
        out = _exact(node[1]) * _exact(node[2])
    elif op == "div":
        out = _exact(node[1]) / _exact(node[2])
    elif op == "pow":
        b, e = _exact(node[1]), _exact(node[2])
        if e.denominator != 1:
            raise _Fail("root")
        bits = max(b.numerator.bit_length(), b.denominator.bit_length(), 1)
        if bits * abs(e.numerator) > MAX_EXACT_BITS:
            raise _Fail("too large")
        out = b ** int(e)
    elif op == "root":
        out = _exact_root(_exact(node[1]), _exact(node[2]))
    elif op == "fact":
        v = _exact(node[1])
        if v.denominator != 1 or not 0 <= v <= 300:
            raise _Fail("factorial")
        out = Fraction(math.factorial(int(v)))
    else:
        raise _Fail(op)
    if max(out.numerator.bit_length(), out.denominator.bit_length()) > MAX_EXACT_BITS:
        raise _Fail("too large")
    return out


def _exact_root(radicand: Fraction, index: Fraction) -> Fraction:
    """`\\sqrt[n]{p/q}` when p and q are perfect n-th powers (`\\sqrt{4}` is exactly 2), else not exact."""
    if index.denominator != 1 or not 2 <= index <= 64 or radicand < 0:
        raise _Fail("root")
    n = int(index)
    out = []
    for part in (radicand.numerator, radicand.denominator):
        r = round(part ** (1 / n)) if part.bit_length() < 1000 else None
        if r is None:
            raise _Fail("root")
        hit = next((c for c in (r - 1, r, r + 1) if c >= 0 and c**n == part), None)
        if hit is None:
            raise _Fail("root")
        out.append(hit)
    return Fraction(out[0], out[1])
