# splits preorder by asking, for every value, whether it is in the left part of
# inorder, a list: O(n^2) per node, O(n^3) on a path (about 9 * 10^9 steps at 3000)
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not inorder:
            return None
        root = TreeNode(preorder[0])
        i = inorder.index(root.val)
        left_in, right_in = inorder[:i], inorder[i + 1 :]
        left_pre = [v for v in preorder if v in left_in]
        right_pre = [v for v in preorder if v in right_in]
        root.left = self.buildTree(left_pre, left_in)
        root.right = self.buildTree(right_pre, right_in)
        return root
