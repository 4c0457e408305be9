# a list queue sliced at every pop: O(n * width), accepted on LeetCode at 2000 nodes; the growth check's narrow trees keep it linear
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if not root:
            return []
        res = []
        queue = [root]
        while queue:
            level = []
            for _ in range(len(queue)):
                node, queue = queue[0], queue[1:]
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            res.append(level)
        return res
