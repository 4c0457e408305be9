class Solution:
    def reverseList(self, head):
        # take the last node off again and again and append it to the answer
        new_head = tail = None
        while head:
            last = head
            while last.next:
                last = last.next
            if last is head:
                head = None
            else:
                before = head
                while before.next is not last:
                    before = before.next
                before.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
