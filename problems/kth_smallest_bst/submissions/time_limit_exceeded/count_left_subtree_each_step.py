# counts the left subtree to decide where the k-th value is, and counts again one level
# down: O(n^2) on a path of left children (about 5 * 10^7 node visits at 10^4 nodes)
class Solution:
    def count(self, node):
        if not node:
            return 0
        return 1 + self.count(node.left) + self.count(node.right)

    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        left = self.count(root.left)
        if k <= left:
            return self.kthSmallest(root.left, k)
        if k == left + 1:
            return root.val
        return self.kthSmallest(root.right, k - left - 1)
