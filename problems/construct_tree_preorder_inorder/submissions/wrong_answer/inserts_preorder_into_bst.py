# builds a binary search tree by inserting the pre-order values one by one and never
# looks at inorder: right only when the tree happens to be a search tree
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        for v in preorder[1:]:
            cur = root
            while True:
                if v < cur.val:
                    if cur.left is None:
                        cur.left = TreeNode(v)
                        break
                    cur = cur.left
                else:
                    if cur.right is None:
                        cur.right = TreeNode(v)
                        break
                    cur = cur.right
        return root
