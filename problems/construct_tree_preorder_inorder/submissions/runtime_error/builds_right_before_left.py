# takes roots from the front of preorder, but builds the right subtree first: the right
# subtree takes the values that belong to the left one, the ranges run past each other
# and it pops more roots than there are
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        pos = {v: i for i, v in enumerate(inorder)}
        pre = preorder[::-1]

        def build(lo, hi):
            if lo > hi:
                return None
            root = TreeNode(pre.pop())
            m = pos[root.val]
            root.right = build(m + 1, hi)
            root.left = build(lo, m - 1)
            return root

        return build(0, len(inorder) - 1)
