# breadth-first with a list queue whose front is cut off by slicing: O(n * width), up to O(n^2); fine for 100 nodes
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        queue = [root]
        while queue:
            node = queue[0]
            queue = queue[1:]
            if node is None:
                continue
            node.left, node.right = node.right, node.left
            queue.append(node.left)
            queue.append(node.right)
        return root
