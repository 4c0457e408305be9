class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        res = []
        while root:
            res.append(root.val)
            root = root.right  # the left side can stick out below where the right ends
        return res
