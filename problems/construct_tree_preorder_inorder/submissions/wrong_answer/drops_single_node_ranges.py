# inclusive bounds [l, r] but an exclusive emptiness test: a range of one value is taken
# for empty, so the leaves are lost and the roots read after them come out of step
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        index = {val: i for i, val in enumerate(inorder)}
        self.p = 0

        def build(l, r):
            if l >= r:
                return None
            root = TreeNode(preorder[self.p])
            self.p += 1
            m = index[root.val]
            root.left = build(l, m - 1)
            root.right = build(m + 1, r)
            return root

        return build(0, len(inorder) - 1)
