from collections import deque
from typing import List


class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        out: List[str] = []
        queue = deque([("", 0, 0)])
        while queue:
            s, opened, closed = queue.popleft()
            if len(s) == 2 * n:
                out.append(s)
                continue
            if opened < n:
                queue.append((s + "(", opened + 1, closed))
            if closed < opened:
                queue.append((s + ")", opened, closed + 1))
        return out
