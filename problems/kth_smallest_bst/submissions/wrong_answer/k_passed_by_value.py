# counts k down inside the recursion, but each call has its own k, so the count from
# the left subtree never reaches the node above it
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        def dfs(node, k):
            if not node:
                return None
            left = dfs(node.left, k)
            if left is not None:
                return left
            k -= 1
            if k == 0:
                return node.val
            return dfs(node.right, k)

        return dfs(root, k)
