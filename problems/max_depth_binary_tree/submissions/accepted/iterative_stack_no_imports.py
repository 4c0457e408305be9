class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        best = 0
        stack = [(root, 1)]
        while stack:
            node, d = stack.pop()
            if node:
                best = max(best, d)
                stack.append((node.left, d + 1))
                stack.append((node.right, d + 1))
        return best
