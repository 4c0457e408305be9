class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        INT_MIN, INT_MAX = -2**31, 2**31 - 1

        def dfs(node, lo, hi):
            if not node:
                return True
            if node.val <= lo or node.val >= hi:
                return False
            return dfs(node.left, lo, node.val) and dfs(node.right, node.val, hi)

        return dfs(root, INT_MIN, INT_MAX)
