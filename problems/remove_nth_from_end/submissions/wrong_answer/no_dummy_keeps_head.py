class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        fast = slow = head
        for _ in range(n):
            fast = fast.next
        if not fast:
            return head  # should drop the head here
        while fast.next:
            fast = fast.next
            slow = slow.next
        slow.next = slow.next.next
        return head
