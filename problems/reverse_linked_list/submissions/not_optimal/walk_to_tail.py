# walks to the tail again for every node: O(n^2)
class Solution:
    def reverseList(self, head):
        # take the last node off again and again and append it to the answer
        new_head = tail = None
        while head:
            before, last = None, head
            while last.next:
                before, last = last, last.next
            if before is None:
                head = None
            else:
                before.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
