class Solution:
    def reverseList(self, head):
        # detach the last node again and again and append it to the answer
        new_head = tail = None
        while head:
            if head.next is None:
                last, head = head, None
            else:
                prev = head
                while prev.next.next:
                    prev = prev.next
                last = prev.next
                prev.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
