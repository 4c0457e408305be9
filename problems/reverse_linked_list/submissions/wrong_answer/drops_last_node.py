class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        cur = head
        while cur and cur.next:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev
