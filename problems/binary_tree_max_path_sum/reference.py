class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Children before parents (a reversed pre-order): each node's best downward
        # chain is known when the node is reached, and the best path that bends at the
        # node is its value plus the better non-negative chains of both sides.
        order = []
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack += [c for c in (node.left, node.right) if c]
        down = {None: 0}  # best sum of a chain going down from the node (0: take none)
        best = root.val
        for node in reversed(order):
            left = max(down[node.left], 0)
            right = max(down[node.right], 0)
            best = max(best, node.val + left + right)
            down[node] = node.val + max(left, right)
        return best
