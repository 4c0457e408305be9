class Solution:
    def hasCycle(self, head):
        # only notices a node whose next is itself
        return head is not None and head.next is head
