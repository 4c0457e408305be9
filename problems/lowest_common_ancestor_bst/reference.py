class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        low, high = min(p.val, q.val), max(p.val, q.val)
        node = root
        while True:
            if high < node.val:
                node = node.left
            elif low > node.val:
                node = node.right
            else:  # the two values split here (or one of them is this node)
                return node
