class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Floyd: a pointer moving two steps catches one moving one step iff there is a loop.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
