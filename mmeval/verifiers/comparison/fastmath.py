r"""A small, bounded LaTeX expression parser and evaluator for the common case, in pure Python.

Why by hand: latex2sympy2_extended's ANTLR parser (the one math-verify uses) spends 20-1000 ms on one
typical competition answer (`\frac{\sqrt{2}v_0^2}{g} - \frac{v_0^2}{5\pi g}`), almost all of it in
ANTLR's Python prediction engine; it is the whole cost of grading such pairs and of the p99 latency.
This module reads the everyday subset (numbers, letters with subscripts, Greek letters, `+ - \cdot
\times / \div :`, implicit products, powers, `\frac`, `\sqrt[n]`, `|x|`, `!`, trigonometric, hyperbolic
and logarithmic functions, `\pi`, `e`) in microseconds into a tiny tree of tuples, following
latex2sympy's reading of the ambiguous spots (`\sin 2x` is `sin(2x)`, `a/bc` is `a/(bc)`, `\log` is base
10, `e` is Euler's number; unlike latex2sympy, names keep their case: `S` and `s` are two quantities). Anything else makes `parse` return None and
the caller falls back to math-verify/sympy in a worker process.

Safety: no text is ever evaluated; the tree is only walked (values: `fastvalue.py`). Input size and nesting are capped by the
caller (`check_size`) and here (`MAX_TOKENS`, `MAX_DEPTH`); evaluation uses floats/complex numbers (an
overflow is an error, not a huge integer) and exact Fractions only under a size cap, so every call is
bounded by the length of its input.
"""

from __future__ import annotations

import re
from fractions import Fraction

from mmeval.verifiers.comparison.fastvalue import (  # re-exported: one module for callers
    Undefined,
    evaluate,
    exact_value,
    free_symbols,
)

__all__ = ["parse", "evaluate", "exact_value", "free_symbols", "Undefined", "Node", "DOTS"]

Node = tuple  # ("num", Fraction) | ("sym", name) | ("const", "pi"|"e") | (op, *children)

MAX_TOKENS = 600
MAX_DEPTH = 60

GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
    "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "tau", "upsilon", "phi",
    "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Upsilon",
    "Phi", "Psi", "Omega", "hbar", "ell",
}  # fmt: skip
FUNCTIONS = {
    "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
    "ln", "log", "exp",
}  # fmt: skip
DOTS = "…"
_DOTS = {"cdots", "ldots", "dots"}
_INVERSE = {"sin": "arcsin", "cos": "arccos", "tan": "arctan"}
_FRACS = {"frac", "dfrac", "tfrac"}
_SKIP = {"left", "right", "displaystyle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"}
_SPACES = {",", ";", ":", "!", " ", "quad", "qquad"}
_MULS = {"cdot", "times"}
_UNICODE = {"π": "\\pi ", "−": "-", "·": "\\cdot ", "×": "\\times ", "÷": "\\div ", "∞": "\\infty "}
_TOKEN_RE = re.compile(r"\s*(?:(\d+(?:\.\d+)?|\.\d+)|\\([a-zA-Z]+|.)|([a-zA-Z])|(\S))", re.DOTALL)


class _Fail(Exception):
    """Not in the supported subset (the caller falls back to the full parser)."""


def _tokenize(text: str) -> list[tuple[str, str]]:
    for k, v in _UNICODE.items():
        text = text.replace(k, v)
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None:  # only trailing whitespace is left
            break
        pos = m.end()
        num, cmd, letter, char = m.groups()
        if num is not None:
            tokens.append(("num", num))
        elif cmd is not None:
            if cmd in _SPACES:
                continue
            if cmd in _SKIP:
                continue
            tokens.append(("cmd", cmd) if cmd.isalpha() else ("op", "\\" + cmd))
        elif letter is not None:
            tokens.append(("letter", letter))
        elif char is not None:
            if not char.isascii():
                raise _Fail(f"character {char!r}")
            tokens.append(("op", char))
        if len(tokens) > MAX_TOKENS:
            raise _Fail("too long")
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.toks = tokens
        self.i = 0
        self.depth = 0
        self.in_abs = 0

    def peek(self, k: int = 0) -> tuple[str, str]:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        self.i += 1
        return tok

    def expect(self, kind: str, value: str) -> None:
        if self.take() != (kind, value):
            raise _Fail(f"expected {value}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Fail("too deep")

    # expression := term (('+' | '-') term)*
    def expr(self) -> Node:
        self.enter()
        terms = [self.term()]
        while self.peek() in (("op", "+"), ("op", "-")):
            sign = self.take()[1]
            t = self.term()
            terms.append(t if sign == "+" else ("neg", t))
        self.depth -= 1
        return terms[0] if len(terms) == 1 else ("add", *terms)

    # term := unary ((\cdot | \times | * | / | \div | :) unary | implicit factor)*
    def term(self, stop_at_function: bool = False) -> Node:
        node = self.unary()
        while True:
            tok = self.peek()
            if tok in (("op", "*"),) or (tok[0] == "cmd" and tok[1] in _MULS):
                self.take()
                node = ("mul", node, self.unary())
            elif tok in (("op", "/"), ("op", ":")) or tok == ("cmd", "div"):
                self.take()
                node = ("div", node, self.implicit_chain())  # latex2sympy: a/bc = a/(bc)
            elif self.starts_factor(tok, stop_at_function):
                if node[0] == "num" and tok[0] == "num":
                    raise _Fail("two numbers side by side")
                node = ("mul", node, self.power())
            else:
                return node

    def implicit_chain(self) -> Node:
        node = self.power()
        while self.starts_factor(self.peek(), False):
            if self.peek()[0] == "num":
                raise _Fail("number after a product")
            node = ("mul", node, self.power())
        return node

    def starts_factor(self, tok: tuple[str, str], stop_at_function: bool) -> bool:
        kind, value = tok
        if kind in ("num", "letter"):
            return True
        if kind == "cmd":
            if value in FUNCTIONS:
                return not stop_at_function
            return value in _FRACS or value in GREEK or value in _DOTS or value in ("sqrt", "pi", "infty")
        if kind == "op":
            return value in "({" or (value == "|" and not self.in_abs)
        return False

    def unary(self) -> Node:
        tok = self.peek()
        if tok in (("op", "-"), ("op", "+")):
            self.take()
            self.enter()
            node = self.unary()
            self.depth -= 1
            return ("neg", node) if tok[1] == "-" else node
        return self.power()

    def power(self) -> Node:
        self.enter()
        node = self.atom()
        if self.peek() == ("op", "!"):
            self.take()
            node = ("fact", node)
        if self.peek() == ("op", "^"):
            self.take()
            node = ("pow", node, self.argument())
            if self.peek() in (("op", "^"), ("op", "!"), ("op", "_")):
                raise _Fail("ambiguous power")
        self.depth -= 1
        return node

    def argument(self) -> Node:
        """A macro argument or exponent: `{expr}` or one token (`x^2`, `\\frac12`, `\\sqrt x`)."""
        kind, value = self.peek()
        if (kind, value) in (("op", "{"), ("op", "(")):
            self.take()
            node = self.expr()
            self.expect("op", "}" if value == "{" else ")")
            return node
        if kind == "num":
            self.take()
            if len(value) == 1:
                return ("num", Fraction(value))
            raise _Fail("multi-digit argument without braces")
        if kind == "letter" or (kind == "cmd" and (value in GREEK or value == "pi")):
            return self.atom()
        raise _Fail("unsupported argument")

    def frac_arguments(self) -> tuple[Node, Node]:
        kind, value = self.peek()
        if kind == "num" and len(value) == 2 and value.isdigit():  # \frac12
            self.take()
            return ("num", Fraction(value[0])), ("num", Fraction(value[1]))
        return self.argument(), self.argument()

    def subscript(self) -> str:
        """The text of `_x` / `_{k-1}` / `_{\\mathrm{B}}`, normalised (names only, no evaluation)."""
        self.take()
        kind, value = self.take()
        if kind in ("num", "letter"):
            return value
        if (kind, value) != ("op", "{"):
            raise _Fail("unsupported subscript")
        parts, level = [], 1
        while True:
            kind, value = self.take()
            if kind == "end":
                raise _Fail("open subscript")
            if (kind, value) == ("op", "{"):
                level += 1
                continue
            if (kind, value) == ("op", "}"):
                level -= 1
                if level == 0:
                    return "".join(parts)
                continue
            if kind == "cmd" and value in ("mathrm", "text", "rm", "mathit"):
                continue
            parts.append(value)

    def symbol(self, base: str) -> Node:
        name = base
        if self.peek() == ("op", "_"):
            name += "_" + self.subscript()
        while self.peek() == ("op", "'"):  # primes are part of the name (`a'`, `\\omega^{\\prime}`)
            self.take()
            name += "'"
        if self.toks[self.i : self.i + 4] == [("op", "^"), ("op", "{"), ("cmd", "prime"), ("op", "}")]:
            self.i += 4
            name += "'"
        if self.peek() == ("op", "^") and self.peek(2) == ("op", "_"):  # v^2_0 is (v_0)^2
            self.take()
            exp = self.argument()
            name += "_" + self.subscript()
            return ("pow", ("sym", name), exp)
        if name == "e":
            return ("const", "e")
        if self.peek() == ("op", "("):
            self.check_not_call()
        return ("sym", name)

    def check_not_call(self) -> None:
        """latex2sympy reads `f(x)`, `f(x_1)`, `2(3)` (one name or number in the parentheses) as a call
        (or a mixed number) and `a(b+c)` as a product: the call-like forms are left to it."""
        depth, simple = 0, True
        for j in range(self.i, len(self.toks)):
            kind, value = self.toks[j]
            if kind == "op" and value in "([{":
                depth += 1
            elif kind == "op" and value in ")]}":
                depth -= 1
                if depth == 0:
                    break
            elif (kind, value) == ("op", ",") and depth == 1:
                raise _Fail("function call with several arguments")
            elif (kind == "op" and value in "+-*/^|!") or (kind == "cmd" and value not in GREEK):
                simple = False
        if simple:
            raise _Fail("function call")

    def atom(self) -> Node:
        kind, value = self.take()
        if kind == "num":
            node: Node = ("num", Fraction(value))
            if self.peek() == ("op", "("):
                self.check_not_call()  # latex2sympy reads `2(3)` as 5
            return node
        if kind == "letter":
            return self.symbol(value)
        if kind == "op" and value in "({":
            node = self.expr()
            self.expect("op", ")" if value == "(" else "}")
            return node
        if (kind, value) == ("op", "|") and not self.in_abs:
            self.in_abs += 1
            node = self.expr()
            self.in_abs -= 1
            self.expect("op", "|")
            return ("abs", node)
        if kind == "cmd":
            return self.command(value)
        raise _Fail(f"unexpected {value!r}")

    def command(self, name: str) -> Node:
        if name in _FRACS:
            num, den = self.frac_arguments()
            return ("div", num, den)
        if name == "sqrt":
            index: Node = ("num", Fraction(2))
            if self.peek() == ("op", "["):
                self.take()
                index = self.expr()
                self.expect("op", "]")
            return ("root", self.argument(), index)
        if name == "pi":
            return ("const", "pi")
        if name == "infty":
            return ("const", "inf")
        if name in _DOTS:  # `a_1 + \\cdots + a_n`: an opaque term, the same on both sides or not at all
            return ("sym", DOTS)
        if name in GREEK:
            if name == "Pi":
                raise _Fail("\\Pi")
            return self.symbol(name)
        if name in FUNCTIONS:
            return self.function(name)
        raise _Fail(f"\\{name}")

    def function(self, name: str) -> Node:
        base: Node | None = None
        power: Node | None = None
        if name == "log" and self.peek() == ("op", "_"):
            self.take()
            base = self.argument()
        elif name == "ln":
            base = ("const", "e")
        elif name == "log":
            base = ("num", Fraction(10))
        if self.peek() == ("op", "^"):
            self.take()
            power = self.argument()
            if power == ("neg", ("num", Fraction(1))) and name in _INVERSE:
                name, power = _INVERSE[name], None
        if self.peek() == ("op", "("):
            self.take()
            arg = self.expr()
            self.expect("op", ")")
            if power is None and self.peek() == ("op", "^"):  # \sin(x)^2
                self.take()
                power = self.argument()
        else:  # a bare argument: the product that follows, up to the next function (latex2sympy)
            if not self.starts_factor(self.peek(), True):
                raise _Fail("function without an argument")
            arg = self.term(stop_at_function=True)
        node: Node = ("log", arg, base) if base is not None else ("fn", name, arg)
        return node if power is None else ("pow", node, power)


_UNSUPPORTED_RE = re.compile(r"\d,\d{3}(?!\d)|\\[{}]|\\(?:text|operatorname|circ)")


def parse(text: str) -> Node | None:
    """The expression tree of `text`, or None when it is not a single expression of the supported subset
    (relations, lists, sets, text and unknown macros all give None)."""
    if "\n" in text or _UNSUPPORTED_RE.search(text):  # several lines are several answers ("C\nD")
        return None
    try:
        p = _Parser(_tokenize(text))
        if p.peek()[0] == "end":
            return None
        node = p.expr()
        if p.peek()[0] != "end":
            return None
        return node
    except (_Fail, ValueError, ZeroDivisionError, RecursionError):
        return None
