from typing import List


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        full = (1 << n) - 1
        result: List[List[str]] = []
        rows: List[int] = []

        def go(cols: int, left: int, right: int) -> None:
            if cols == full:
                result.append(["." * c + "Q" + "." * (n - 1 - c) for c in rows])
                return
            free = full & ~(cols | left | right)
            while free:
                bit = free & -free
                free ^= bit
                rows.append(bit.bit_length() - 1)
                go(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1)
                rows.pop()

        go(0, 0, 0)
        return result
