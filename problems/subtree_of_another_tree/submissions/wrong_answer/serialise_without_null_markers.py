class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def preorder(node, out):
            if node:
                out.append("," + str(node.val))
                preorder(node.left, out)
                preorder(node.right, out)
            return out

        return "".join(preorder(subRoot, [])) in "".join(preorder(root, []))
