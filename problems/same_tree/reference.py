class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # walk both trees in step; a missing node must be missing on both sides
        pairs = [(p, q)]
        while pairs:
            a, b = pairs.pop()
            if a is None or b is None:
                if a is not b:
                    return False
                continue
            if a.val != b.val:
                return False
            pairs.append((a.left, b.left))
            pairs.append((a.right, b.right))
        return True
