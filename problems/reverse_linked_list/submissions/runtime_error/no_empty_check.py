class Solution:
    def reverseList(self, head):
        prev, cur = None, head
        while cur.next:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
        cur.next = prev
        return cur
