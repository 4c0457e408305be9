from typing import List, Optional


class Solution:
    def rightSideView(self, root: Optional["TreeNode"]) -> List[int]:
        # left to right, each depth keeps the last value written: the rightmost one
        last = {}
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if node:
                last[depth] = node.val
                stack.append((node.right, depth + 1))
                stack.append((node.left, depth + 1))
        return [last[d] for d in range(len(last))]
