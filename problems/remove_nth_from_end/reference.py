class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        lead = head
        for _ in range(n):
            lead = lead.next
        trail = dummy  # stays n + 1 nodes behind lead
        while lead:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return dummy.next
