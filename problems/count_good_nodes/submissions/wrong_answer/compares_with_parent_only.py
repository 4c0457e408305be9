# looks only at the parent, not at the whole path from the root
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        def dfs(node, parent_val):
            if not node:
                return 0
            good = 1 if node.val >= parent_val else 0
            return good + dfs(node.left, node.val) + dfs(node.right, node.val)

        return dfs(root, root.val)
