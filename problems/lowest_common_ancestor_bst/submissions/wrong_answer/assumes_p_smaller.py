class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if node.val > q.val:
                node = node.left
            elif node.val < p.val:
                node = node.right
            else:
                return node
