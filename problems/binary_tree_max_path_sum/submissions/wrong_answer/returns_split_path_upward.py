# hands the parent the path that bends at the node (both sides), which the parent
# cannot extend without visiting the node twice
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        res = root.val

        def dfs(node):
            nonlocal res
            if node is None:
                return 0
            left = max(dfs(node.left), 0)
            right = max(dfs(node.right), 0)
            res = max(res, node.val + left + right)
            return node.val + left + right

        dfs(root)
        return res
