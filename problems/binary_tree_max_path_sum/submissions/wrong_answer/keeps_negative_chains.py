# never drops a child's chain, even when it only lowers the sum
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = float("-inf")

        def dfs(node):
            nonlocal best
            if not node:
                return 0
            l = dfs(node.left)
            r = dfs(node.right)
            best = max(best, node.val + l + r)
            return node.val + max(l, r)

        dfs(root)
        return best
