class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
