class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Preorder lists each node before its descendants. Walk it with a stack of the
        # nodes still waiting for a right child: the next value is the left child of
        # the top, unless the top's in-order turn has come, in which case it is the
        # right child of the last node popped.
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0  # next in-order position not yet closed
        for value in preorder[1:]:
            node = TreeNode(value)
            parent = stack[-1]
            if parent.val != inorder[j]:
                parent.left = node
            else:
                while stack and stack[-1].val == inorder[j]:
                    parent = stack.pop()
                    j += 1
                parent.right = node
            stack.append(node)
        return root
