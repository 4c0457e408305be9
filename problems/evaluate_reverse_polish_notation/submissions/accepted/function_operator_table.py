import operator
from typing import List

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": lambda a, b: int(a / b),
}


def evalRPN(tokens: List[str]) -> int:
    st = []
    for tok in tokens:
        if tok in OPS:
            right = st.pop()
            left = st.pop()
            st.append(OPS[tok](left, right))
        else:
            st.append(int(tok))
    return st.pop()
