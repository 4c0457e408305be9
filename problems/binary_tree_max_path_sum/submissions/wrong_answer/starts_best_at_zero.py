# the best sum starts at 0, so a tree of negative values gets 0 instead of its largest value
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        self.ans = 0

        def dfs(node):
            if not node:
                return 0
            l = max(0, dfs(node.left))
            r = max(0, dfs(node.right))
            self.ans = max(self.ans, node.val + l + r)
            return node.val + max(l, r)

        dfs(root)
        return self.ans
