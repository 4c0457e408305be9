class Solution:
    def reorderList(self, head):
        slow = fast = head
        prev = None
        while fast and fast.next:
            prev = slow
            slow = slow.next
            fast = fast.next.next
        if prev is None:
            return
        prev.next = None  # first half ends before the middle node

        rev = None
        while slow:
            nxt = slow.next
            slow.next = rev
            rev = slow
            slow = nxt

        first, second = head, rev
        while first and second:
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
