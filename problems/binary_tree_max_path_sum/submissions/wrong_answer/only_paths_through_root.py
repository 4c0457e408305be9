# looks only at paths that pass through the root
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(node):
            if not node:
                return 0
            return max(0, node.val + max(down(node.left), down(node.right)))

        return root.val + down(root.left) + down(root.right)
