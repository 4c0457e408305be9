class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        vals = []

        def inorder(node):
            if node:
                inorder(node.left)
                vals.append(node.val)
                inorder(node.right)

        inorder(root)
        return all(a < b for a, b in zip(vals, vals[1:]))
