class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def go(node, low=-inf, high=inf):
            if node is None:
                return True
            if not low < node.val < high:
                return False
            # right subtree only has to be larger than this node
            return go(node.left, low, node.val) and go(node.right, node.val)

        return go(root)
