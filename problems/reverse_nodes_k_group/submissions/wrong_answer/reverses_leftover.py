class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        group_prev = dummy
        while group_prev.next:
            first = group_prev.next
            prev, cur, count = None, first, 0
            while cur and count < k:  # reverses whatever is there, even < k nodes
                cur.next, prev, cur = prev, cur, cur.next
                count += 1
            group_prev.next = prev
            first.next = cur
            group_prev = first
        return dummy.next
