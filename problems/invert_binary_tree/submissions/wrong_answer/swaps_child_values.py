class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # swaps the children's values instead of the subtrees
        if root and root.left and root.right:
            root.left.val, root.right.val = root.right.val, root.left.val
        if root:
            self.invertTree(root.left)
            self.invertTree(root.right)
        return root
