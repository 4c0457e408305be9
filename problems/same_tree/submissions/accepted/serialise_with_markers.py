class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def walk(node, out):
            if node is None:
                out.append("#")
                return out
            out.append(node.val)
            walk(node.left, out)
            walk(node.right, out)
            return out

        return walk(p, []) == walk(q, [])
