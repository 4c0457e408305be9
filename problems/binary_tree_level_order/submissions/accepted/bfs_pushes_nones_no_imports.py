class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        ans = []
        q = deque([root])
        while q:
            vals = []
            for _ in range(len(q)):
                node = q.popleft()
                if node:
                    vals.append(node.val)
                    q.append(node.left)
                    q.append(node.right)
            if vals:
                ans.append(vals)
        return ans
