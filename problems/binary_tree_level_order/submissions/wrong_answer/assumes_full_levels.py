class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # BFS order, then cut into levels of 1, 2, 4, 8, ... values
        order = []
        q = deque([root] if root else [])
        while q:
            node = q.popleft()
            order.append(node.val)
            if node.left:
                q.append(node.left)
            if node.right:
                q.append(node.right)
        res, i, size = [], 0, 1
        while i < len(order):
            res.append(order[i:i + size])
            i += size
            size *= 2
        return res
