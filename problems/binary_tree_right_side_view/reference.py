class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # level by level, left to right: each level's last node is the one seen from the right
        seen = []
        level = [root] if root else []
        while level:
            seen.append(level[-1].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return seen
