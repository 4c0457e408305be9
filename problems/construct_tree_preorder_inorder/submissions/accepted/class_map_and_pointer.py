class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        where = {v: i for i, v in enumerate(inorder)}
        self.next = 0

        def build(lo, hi):  # the subtree whose in-order values are inorder[lo:hi]
            if lo >= hi:
                return None
            val = preorder[self.next]
            self.next += 1
            node = TreeNode(val)
            node.left = build(lo, where[val])
            node.right = build(where[val] + 1, hi)
            return node

        return build(0, len(inorder))
