class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        res = []
        q = collections.deque([root])
        while q:
            last = None
            width = len(q)
            for _ in range(width):
                node = q.popleft()
                if node:
                    last = node
                    q.append(node.left)
                    q.append(node.right)
            if last:
                res.append(last.val)
        return res
