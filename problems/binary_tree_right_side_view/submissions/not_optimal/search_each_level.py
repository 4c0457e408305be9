# searches the whole tree again for every level's rightmost node: O(n * h); fine for 100 nodes
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        def height(node):
            return 0 if not node else 1 + max(height(node.left), height(node.right))

        def rightmost(node, depth):
            if not node:
                return None
            if depth == 0:
                return node.val
            found = rightmost(node.right, depth - 1)
            return found if found is not None else rightmost(node.left, depth - 1)

        return [rightmost(root, d) for d in range(height(root))]
