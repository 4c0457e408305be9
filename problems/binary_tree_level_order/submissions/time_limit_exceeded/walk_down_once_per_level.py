class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        def height(node):
            if not node:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def collect(node, level, out):
            if not node:
                return
            if level == 0:
                out.append(node.val)
            else:
                collect(node.left, level - 1, out)
                collect(node.right, level - 1, out)

        res = []
        for d in range(height(root)):
            vals = []
            collect(root, d, vals)
            res.append(vals)
        return res
