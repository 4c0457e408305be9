class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        group_prev = dummy
        while True:
            kth = group_prev
            for _ in range(k):
                kth = kth.next if kth else None
            if not kth:
                break
            group_next = kth.next
            prev, cur = group_next, group_prev.next
            while cur != group_next:
                cur.next, prev, cur = prev, cur, cur.next
            group_prev.next = kth
            group_prev = kth  # should move to the group's old first node
        return dummy.next
