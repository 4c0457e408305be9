class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        cur = head
        while cur:
            length += 1
            cur = cur.next
        dummy = ListNode(0, head)
        prev = dummy
        for _ in range(length - n - 1):  # starts from the dummy, so one step too few
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
