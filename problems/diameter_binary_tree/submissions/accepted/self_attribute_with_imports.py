from typing import Optional


class Solution:
    def diameterOfBinaryTree(self, root: Optional["TreeNode"]) -> int:
        self.best = 0
        self.height(root)
        return self.best

    def height(self, node):
        # -1 for an empty subtree, so a leaf has height 0 and the sum counts edges
        if node is None:
            return -1
        hl = self.height(node.left)
        hr = self.height(node.right)
        self.best = max(self.best, hl + hr + 2)
        return max(hl, hr) + 1
