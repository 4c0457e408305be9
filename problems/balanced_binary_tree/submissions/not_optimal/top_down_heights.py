# heights measured again from every node, top down: O(n * h); fine for 5000 nodes
class Solution:
    def height(self, node):
        if not node:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        if not root:
            return True
        return (
            abs(self.height(root.left) - self.height(root.right)) <= 1
            and self.isBalanced(root.left)
            and self.isBalanced(root.right)
        )
