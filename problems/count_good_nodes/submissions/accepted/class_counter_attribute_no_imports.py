class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        self.count = 0
        self.visit(root, -10001)
        return self.count

    def visit(self, node, biggest):
        if node is None:
            return
        if node.val >= biggest:
            self.count += 1
            biggest = node.val
        self.visit(node.left, biggest)
        self.visit(node.right, biggest)
