class Solution:
    def buildTree(self, preorder, inorder):
        root = TreeNode(preorder[0])
        stack = [root]
        i = 0
        for val in preorder[1:]:
            node = TreeNode(val)
            last = None
            while stack and stack[-1].val == inorder[i]:
                last = stack.pop()
                i += 1
            if last:
                last.right = node
            else:
                stack[-1].left = node
            stack.append(node)
        return root
