class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # build a fresh mirrored tree, leaving the input alone
        if root is None:
            return None
        return TreeNode(root.val, self.invertTree(root.right), self.invertTree(root.left))
