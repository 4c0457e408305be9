class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0

        def dfs(node):
            nonlocal best
            if not node:
                return 0
            l, r = dfs(node.left), dfs(node.right)
            best = max(best, l + r + 1)  # nodes on the path, not edges
            return 1 + max(l, r)

        dfs(root)
        return best
