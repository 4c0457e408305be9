class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        def path(target):
            node, out = root, [root]
            while node is not target:
                node = node.left if target.val < node.val else node.right
                out.append(node)
            return out

        answer = root
        for a, b in zip(path(p), path(q)):
            if a is not b:
                break
            answer = a
        return answer
