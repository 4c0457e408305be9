class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        if root.left:
            return 1 + self.maxDepth(root.left)
        return 1 + self.maxDepth(root.right)
