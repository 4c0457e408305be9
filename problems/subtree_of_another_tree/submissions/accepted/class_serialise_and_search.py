class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialise(node):
            parts = []
            stack = [node]
            while stack:
                cur = stack.pop()
                if cur is None:
                    parts.append(",#")
                    continue
                parts.append("," + str(cur.val))  # the comma keeps "2" from matching inside "12"
                stack.append(cur.right)
                stack.append(cur.left)
            return "".join(parts)

        return serialise(subRoot) in serialise(root)
