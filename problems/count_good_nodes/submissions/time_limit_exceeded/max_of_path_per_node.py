# keeps the path from the root and takes max() of it at every node: O(n * height),
# about 5 * 10^9 comparisons on a path of 10^5 nodes
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        path = []

        def dfs(node):
            if not node:
                return 0
            good = 1 if not path or node.val >= max(path) else 0
            path.append(node.val)
            good += dfs(node.left) + dfs(node.right)
            path.pop()
            return good

        return dfs(root)
