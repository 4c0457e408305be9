class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # list the nodes parents-first, then settle them children-first: the longest
        # path bending at a node joins its two tallest arms
        order = []
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(child for child in (node.left, node.right) if child)
        height = {None: -1}  # edges from a node down to its deepest leaf
        best = 0
        for node in reversed(order):
            left, right = height[node.left], height[node.right]
            best = max(best, left + right + 2)
            height[node] = max(left, right) + 1
        return best
