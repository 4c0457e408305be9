class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        dummy = Node(0)
        tail = dummy
        cur = head
        while cur:
            tail.next = Node(cur.val, None, cur.random)  # random still points at the original
            tail = tail.next
            cur = cur.next
        return dummy.next
