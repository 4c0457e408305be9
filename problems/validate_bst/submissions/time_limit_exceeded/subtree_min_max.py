class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def values(node):
            if not node:
                return []
            return values(node.left) + [node.val] + values(node.right)

        if not root:
            return True
        left = values(root.left)
        right = values(root.right)
        if left and max(left) >= root.val:
            return False
        if right and min(right) <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
