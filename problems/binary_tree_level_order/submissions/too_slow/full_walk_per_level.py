# walks the whole tree again for every level: O(n * height), quadratic on a deep tree
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        def height(node):
            if not node:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def collect(node, depth, wanted, out):
            # walks the whole tree for every level: O(n * height)
            if not node:
                return
            if depth == wanted:
                out.append(node.val)
            collect(node.left, depth + 1, wanted, out)
            collect(node.right, depth + 1, wanted, out)

        levels = []
        for d in range(height(root)):
            vals = []
            collect(root, 0, d, vals)
            levels.append(vals)
        return levels
