class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # an in-order walk of a binary search tree meets the values strictly increasing
        stack = []
        node = root
        prev = None
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None and node.val <= prev:
                return False
            prev = node.val
            node = node.right
        return True
