# parent links, then a walk up from every leaf: O(n * leaves), up to O(n^2) on a long path with many leaves; fine for 10^4 nodes
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # remember each node's parent, then count the steps from every leaf up to the root
        if not root:
            return 0
        parent = {root: None}
        leaves = []
        stack = [root]
        while stack:
            node = stack.pop()
            if not node.left and not node.right:
                leaves.append(node)
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    stack.append(child)
        best = 0
        for leaf in leaves:
            depth = 0
            node = leaf
            while node:
                depth += 1
                node = parent[node]
            best = max(best, depth)
        return best
