class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # in-order walk with an explicit stack, stopped at the k-th node it visits
        stack = []
        node = root
        while True:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
