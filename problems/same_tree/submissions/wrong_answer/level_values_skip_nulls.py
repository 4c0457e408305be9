class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def levels(root):
            out, level = [], [root] if root else []
            while level:
                out.append([node.val for node in level])
                level = [c for node in level for c in (node.left, node.right) if c]
            return out

        return levels(p) == levels(q)  # the values per level, not who hangs where
