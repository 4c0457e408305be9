class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialise(node):
            if not node:
                return "null"
            return str(node.val) + "," + serialise(node.left) + "," + serialise(node.right)

        return serialise(subRoot) in serialise(root)
