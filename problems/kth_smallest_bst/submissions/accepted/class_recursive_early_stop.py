class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        self.k = k
        self.answer = None

        def walk(node):
            if node is None or self.answer is not None:
                return
            walk(node.left)
            self.k -= 1
            if self.k == 0:
                self.answer = node.val
                return
            walk(node.right)

        walk(root)
        return self.answer
