# looks the root up in a map built from the whole inorder list, then uses that global
# position to cut lists that have already been sliced
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        idx = {v: i for i, v in enumerate(inorder)}

        def helper(pre, ino):
            if not pre or not ino:
                return None
            root = TreeNode(pre[0])
            mid = idx[pre[0]]
            root.left = helper(pre[1 : mid + 1], ino[:mid])
            root.right = helper(pre[mid + 1 :], ino[mid + 1 :])
            return root

        return helper(preorder, inorder)
