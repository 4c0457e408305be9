# Morris traversal: threads each node's in-order predecessor back to it, O(1) extra space
class Solution:
    def kthSmallest(self, root, k):
        node = root
        answer = None
        while node:
            if node.left is None:
                k -= 1
                if k == 0 and answer is None:
                    answer = node.val
                node = node.right
            else:
                pred = node.left
                while pred.right and pred.right is not node:
                    pred = pred.right
                if pred.right is None:
                    pred.right = node
                    node = node.left
                else:
                    pred.right = None  # undo the thread
                    k -= 1
                    if k == 0 and answer is None:
                        answer = node.val
                    node = node.right
        return answer
