# for every node, works out the best chains below its children again from scratch:
# O(n * height), about 4.5 * 10^8 calls on a path of 3 * 10^4 nodes
class Solution:
    def best_down(self, node):
        if not node:
            return 0
        return node.val + max(0, self.best_down(node.left), self.best_down(node.right))

    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        through = root.val + max(0, self.best_down(root.left)) + max(0, self.best_down(root.right))
        best = through
        if root.left:
            best = max(best, self.maxPathSum(root.left))
        if root.right:
            best = max(best, self.maxPathSum(root.right))
        return best
