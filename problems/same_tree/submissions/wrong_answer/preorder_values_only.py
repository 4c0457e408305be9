class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def preorder(node):
            if not node:
                return []  # no marker for a missing child
            return [node.val] + preorder(node.left) + preorder(node.right)

        return preorder(p) == preorder(q)
