from typing import Optional


class Solution:
    def isBalanced(self, root: Optional["TreeNode"]) -> bool:
        heights = {None: 0}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if not children_done:
                stack += [(node, True), (node.right, False), (node.left, False)]
                continue
            a, b = heights[node.left], heights[node.right]
            if a - b > 1 or b - a > 1:
                return False
            heights[node] = 1 + max(a, b)
        return True
