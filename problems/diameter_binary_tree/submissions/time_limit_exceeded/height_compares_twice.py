class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        self.ans = 0
        self.depth(root)
        return self.ans

    def depth(self, node):
        if node is None:
            return 0
        self.ans = max(self.ans, self.depth(node.left) + self.depth(node.right))
        if self.depth(node.left) > self.depth(node.right):
            return self.depth(node.left) + 1
        return self.depth(node.right) + 1
