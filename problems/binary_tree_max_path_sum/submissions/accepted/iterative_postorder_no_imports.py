class Solution:
    def maxPathSum(self, root):
        # post-order with an explicit stack: a node is finished once both children are
        best = root.val
        chain = {}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if not children_done:
                stack.append((node, True))
                stack.append((node.right, False))
                stack.append((node.left, False))
                continue
            l = max(chain.get(node.left, 0), 0)
            r = max(chain.get(node.right, 0), 0)
            if node.val + l + r > best:
                best = node.val + l + r
            chain[node] = node.val + (l if l > r else r)
        return best
