class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # each node travels with the largest value on the path above it
        good = 0
        stack = [(root, root.val)]
        while stack:
            node, highest = stack.pop()
            if node.val >= highest:
                good += 1
                highest = node.val
            for child in (node.left, node.right):
                if child:
                    stack.append((child, highest))
        return good
