class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # list the nodes parents-first, then settle their heights children-first
        order = []
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(child for child in (node.left, node.right) if child)
        height = {None: 0}
        for node in reversed(order):
            left, right = height[node.left], height[node.right]
            if abs(left - right) > 1:
                return False
            height[node] = max(left, right) + 1
        return True
