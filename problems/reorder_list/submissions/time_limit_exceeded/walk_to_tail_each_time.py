class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        cur = head
        while cur and cur.next and cur.next.next:
            # detach the current last node and splice it in after cur
            before_last = cur
            while before_last.next.next:
                before_last = before_last.next
            last = before_last.next
            before_last.next = None
            last.next = cur.next
            cur.next = last
            cur = last.next
