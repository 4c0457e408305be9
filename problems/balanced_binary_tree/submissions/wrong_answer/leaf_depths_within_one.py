class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # "balanced" read as: the shallowest and the deepest leaf are at most one level apart
        def deepest(node):
            if not node:
                return 0
            return 1 + max(deepest(node.left), deepest(node.right))

        def shallowest(node):
            if not node:
                return 0
            if not node.left:
                return 1 + shallowest(node.right)
            if not node.right:
                return 1 + shallowest(node.left)
            return 1 + min(shallowest(node.left), shallowest(node.right))

        return deepest(root) - shallowest(root) <= 1
