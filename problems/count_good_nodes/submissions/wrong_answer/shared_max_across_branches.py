# one running maximum for the whole walk: a large value on the left branch
# still bounds the nodes of the right branch
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        self.best = root.val
        self.count = 0

        def dfs(node):
            if not node:
                return
            if node.val >= self.best:
                self.count += 1
                self.best = node.val
            dfs(node.left)
            dfs(node.right)

        dfs(root)
        return self.count
